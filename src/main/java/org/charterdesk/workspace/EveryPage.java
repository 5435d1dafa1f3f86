package org.charterdesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.workspace.ui.PublicLanguage;
import org.springframework.stereotype.Component;

/**
 * Every screen speaks British English (dates as 23/11/2026 in date pickers, whatever the browser's language), or
 * Welsh on the public pages when the council offers it and the visitor chose it. And
 * Vaadin's "connection lost" indicator is a polite live region, so that screen readers announce it when it shows.
 */
@Component
class EveryPage implements VaadinServiceInitListener {

    private static final String ANNOUNCE_CONNECTION = "customElements.whenDefined('vaadin-connection-indicator')"
            + ".then(() => document.querySelectorAll('vaadin-connection-indicator')"
            + ".forEach(e => e.setAttribute('aria-live', 'polite')))";

    private final CouncilProperties council;

    EveryPage(CouncilProperties council) {
        this.council = council;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // A new page (UI) is told the visit's language before the router builds its view, inside the session's lock
        // that Vaadin already holds: the address's ?lang=, or the language chosen earlier in the visit.
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Language language = PublicLanguage.forNewPage(council, VaadinRequest.getCurrent(), ui.getSession());
            ui.getSession().setLocale(language.locale());
            ui.setLocale(language.locale());
            ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
            ui.getPage().executeJs(ANNOUNCE_CONNECTION);
        });
    }
}
