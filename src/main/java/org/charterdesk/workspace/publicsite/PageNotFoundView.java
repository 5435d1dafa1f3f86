package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.charterdesk.charter.CouncilProperties;

/**
 * A mistyped or old address: "Page not found" in the public pages' frame, in the GOV.UK pattern's words, with the
 * public pages to go to. It never lists the application's pages.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final String pageTitle;

    public PageNotFoundView(CouncilProperties council) {
        this.pageTitle = PublicTitle.of(getTranslation("notFound.title"), council);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("notFound.title"));
        title.setId("page-not-found");
        add(
                title,
                new Paragraph(getTranslation("notFound.check")),
                new Paragraph(getTranslation("notFound.youCan")),
                new RouterLink(getTranslation("notFound.complain"), ComplainView.class),
                new RouterLink(getTranslation("notFound.track"), TrackView.class),
                new RouterLink(getTranslation("notFound.charter"), CharterView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
