package org.charterdesk.workspace;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;

/** The page shell of the workspace. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Charterdesk", shortName = "Charterdesk", offlineResources = {})
public class AppShell implements AppShellConfigurator {
}
