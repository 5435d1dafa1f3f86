package org.charterdesk.workspace.publicsite;

import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.workspace.ui.PublicLanguage;

/** A public page's title in the browser tab: the page, then whose it is ("Make a complaint - Anytown Council"). */
final class PublicTitle {

    private PublicTitle() {}

    static String of(String page, CouncilProperties council) {
        return page + " - " + council.name(PublicLanguage.current());
    }
}
