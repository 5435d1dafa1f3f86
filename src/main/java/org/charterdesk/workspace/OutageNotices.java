package org.charterdesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.charterdesk.cluster.DatabaseOutages;
import org.springframework.stereotype.Component;

/**
 * On a screen already open, a failure because the database is out of reach becomes a notice that the service is
 * unavailable for a moment; the screen, and what the user typed into it, stay as they are.
 */
@Component
class OutageNotices implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(session -> session.getSession().setErrorHandler(OutageNotices::handle));
    }

    private static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseOutages.isOutage(event.getThrowable())) {
            Notification notice = Notification.show(DatabaseOutages.MESSAGE, 6000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.setId("service-unavailable");
            return;
        }
        new DefaultErrorHandler().error(event);
    }
}
