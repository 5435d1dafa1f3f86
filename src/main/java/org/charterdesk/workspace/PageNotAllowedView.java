package org.charterdesk.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * What a member of staff sees when they open a page their roles do not include (an officer opening the reports,
 * for example): a refusal inside the workspace, with its menu and a way back. It never lists the other pages.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Anchor back = new Anchor("", "Back to the start");
        back.setId("back-to-start");
        return NotAllowedView.refuse(
                this,
                "This page is not part of your work in Charterdesk. If you need it for your job, ask an "
                        + "administrator to give you the role.",
                back);
    }
}
