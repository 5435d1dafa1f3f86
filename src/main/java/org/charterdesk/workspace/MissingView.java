package org.charterdesk.workspace;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.charterdesk.workspace.tasks.TasksView;

/** A case or step that is not there, or not for this user to see, or finished since the list was shown. */
abstract class MissingView<E extends Exception> extends VerticalLayout {

    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        removeAll();
        H1 title = new H1("Not found");
        title.setId("not-found");
        add(
                title,
                new Paragraph(parameter.getException().getMessage()),
                new RouterLink("Back to your tasks", TasksView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
