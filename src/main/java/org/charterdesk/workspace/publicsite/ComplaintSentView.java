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
        this.pageTitle = PublicTitle.of("Your form has been sent", council);
        setPadding(false);
        H1 heading = new H1("Your form has been sent");
        heading.setId("form-sent");
        add(
                heading,
                new Paragraph("We gave you a reference when you sent it. If you gave us an email address, we have "
                        + "also emailed it to you."),
                new Paragraph(
                        new Span("You can "),
                        new RouterLink("check on your complaint", TrackView.class),
                        new Span(" or "),
                        new RouterLink("make another complaint, compliment or comment", ComplainView.class),
                        new Span(". If you need to talk to us, call " + council.phone() + ".")));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
