package org.charterdesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.charterdesk.workspace.tasks.TasksView;
import org.springframework.security.access.AccessDeniedException;

/** What a member of staff sees when they open a case or step they may not: a refusal, and nothing of the case. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(
                this, parameter.getException().getMessage(), new RouterLink("Back to your tasks", TasksView.class));
    }

    /** Shows the refusal in {@code page}: the heading, why, and a way back; the status to answer with. */
    static int refuse(VerticalLayout page, String why, Component back) {
        page.removeAll();
        H1 title = new H1("You cannot open this");
        title.setId("not-allowed");
        page.add(title, new Paragraph(why), back);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
