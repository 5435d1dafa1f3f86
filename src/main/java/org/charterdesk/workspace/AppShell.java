package org.charterdesk.workspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;

/** The page shell of the workspace; server push keeps task lists current without reloading. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push
@PWA(
        name = "Charterdesk",
        shortName = "Charterdesk",
        offlineResources = {})
public class AppShell implements AppShellConfigurator {

    /** The rules every page shares, such as underlined links (see styles/charterdesk.css). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/charterdesk.css");
    }
}
