package org.charterdesk.workspace;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every screen speaks British English: dates as 23/11/2026 in date pickers, whatever the browser's language. And
 * Vaadin's "connection lost" indicator is a polite live region, so that screen readers announce it when it shows.
 */
@Component
class EveryPage implements VaadinServiceInitListener {

    private static final String ANNOUNCE_CONNECTION = "customElements.whenDefined('vaadin-connection-indicator')"
            + ".then(() => document.querySelectorAll('vaadin-connection-indicator')"
            + ".forEach(e => e.setAttribute('aria-live', 'polite')))";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(Locale.UK);
            ui.getUI().getPage().executeJs(ANNOUNCE_CONNECTION);
        });
    }
}
