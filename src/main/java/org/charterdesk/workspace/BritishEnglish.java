package org.charterdesk.workspace;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every screen speaks British English: dates as 23/11/2026 in date pickers, whatever the browser's language. */
@Component
class BritishEnglish implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(Locale.UK));
    }
}
