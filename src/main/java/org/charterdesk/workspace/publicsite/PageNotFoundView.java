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
        this.pageTitle = PublicTitle.of("Page not found", council);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1("Page not found");
        title.setId("page-not-found");
        add(
                title,
                new Paragraph("If you typed the web address, check it is correct. If you pasted the web address, check "
                        + "you copied the entire address."),
                new Paragraph("You can:"),
                new RouterLink("make a complaint, compliment or comment", ComplainView.class),
                new RouterLink("check on your complaint", TrackView.class),
                new RouterLink("read our customer charter", CharterView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
