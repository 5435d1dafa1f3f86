package org.charterdesk.workspace;

import com.vaadin.flow.server.ServiceInitEvent;
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
        // Before any page is built: the visit's language, which Vaadin gives each new page (UI) it creates.
        event.addRequestHandler((session, request, response) -> {
            session.accessSynchronously(() -> {
                Language language = PublicLanguage.forNewPage(council, request, session);
                if (!language.locale().equals(session.getLocale())) {
                    session.setLocale(language.locale());
                }
            });
            return false;
        });
        event.getSource().addUIInitListener(ui -> {
            // The request handler above has set the visit's language on the session, which the new page took.
            Language language = Language.of(ui.getUI().getLocale());
            ui.getUI().setLocale(language.locale());
            ui.getUI().getElement().executeJs("document.documentElement.lang = $0", language.code());
            ui.getUI().getPage().executeJs(ANNOUNCE_CONNECTION);
        });
    }
}
