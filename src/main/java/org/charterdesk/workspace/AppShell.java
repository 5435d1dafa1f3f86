package org.charterdesk.workspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page shell of the workspace; server push keeps task lists current without reloading. It is not an installable
 * web app on purpose: the service worker that would bring fetched its files with the sign-in page's session while
 * the member of staff signed in, and a late one of them replaced the signed-in session with an empty one.
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push
public class AppShell implements AppShellConfigurator {

    /** The rules every page shares, such as underlined links (see styles/charterdesk.css), and the tab's icon. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/charterdesk.css");
        settings.addFavIcon("icon", "images/council-logo.svg", "any");
    }
}
