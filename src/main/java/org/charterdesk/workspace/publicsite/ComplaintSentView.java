package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.charterdesk.charter.CouncilProperties;

/**
 * The address the complaint form moves to once it has sent a case. Opened again (a reload, a bookmark), it says the
 * form was sent and where to go next; it never sends anything again and shows nobody's details.
 */
@Route(value = ComplaintSentView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class ComplaintSentView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "complain/sent";

    private final String pageTitle;

    public ComplaintSentView(CouncilProperties council) {
        this.pageTitle = PublicTitle.of(getTranslation("sent.title"), council);
        setPadding(false);
        H1 heading = new H1(getTranslation("sent.title"));
        heading.setId("form-sent");
        add(
                heading,
                new Paragraph(getTranslation("sent.reference")),
                new Paragraph(
                        new Span(getTranslation("sent.youCan")),
                        new RouterLink(getTranslation("sent.track"), TrackView.class),
                        new Span(getTranslation("sent.or")),
                        new RouterLink(getTranslation("sent.another"), ComplainView.class),
                        new Span(getTranslation("sent.call", council.phone()))));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
