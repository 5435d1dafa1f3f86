package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.PublishedCharter;
import org.charterdesk.charter.Timescales;

/**
 * The council's published customer charter: every standard, corporate and by service, and what a customer can
 * expect at each step of the complaints procedure, worked out from the same standards the deadlines use.
 */
@Route(value = "charter", layout = PublicLayout.class)
@AnonymousAllowed
public class CharterView extends VerticalLayout implements HasDynamicTitle {

    private final String pageTitle;

    public CharterView(Charter charter, CouncilProperties council) {
        this.pageTitle = PublicTitle.of("Our customer charter", council);
        setPadding(false);
        add(
                new H1(council.name() + ": our customer charter"),
                new Paragraph("These are the standards of service we promise every customer. Working days are "
                        + "Monday to Friday, not counting bank holidays and days our offices are closed."));
        PublishedCharter published = charter.published();
        Div corporate = section("Our promises to everyone", published.corporate());
        corporate.setId("corporate-standards");
        add(corporate, new H2("If you complain"));
        published.services().forEach(service -> add(service(service)));
        add(new Paragraph("If you are still unhappy after our final response, you can ask " + council.ombudsmanName()
                + " to look at your complaint: " + council.ombudsmanWebsite() + "."));
    }

    private static Div service(PublishedCharter.ServicePromises service) {
        Div steps = new Div(new H3(service.service().name()), steps(service.timescales()));
        if (!service.own().isEmpty()) {
            steps.add(new Paragraph("Our service standards:"), list(service.own()));
        }
        steps.setId("service-" + service.service().code());
        return steps;
    }

    private static UnorderedList steps(Timescales t) {
        UnorderedList list = new UnorderedList();
        boolean code = t.profile() == ProcedureProfile.COMPLAINT_HANDLING_CODE;
        if (code) {
            list.add(new ListItem("We acknowledge your complaint within "
                    + days(t.amount(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT)) + "."));
        }
        list.add(new ListItem("Stage 1: we aim to answer within " + days(t.amount(ProcedureStep.STAGE_1_RESPONSE))
                + (code ? " of acknowledging it" : " of receiving it") + ". In exceptional circumstances we may "
                + "need up to " + days(t.amount(ProcedureStep.STAGE_1_EXTENSION))
                + " more, and we will tell you why."));
        list.add(new ListItem("If you are still unhappy, ask for stage 2 within " + t.escalationWindowMonths()
                + " months of our stage 1 answer. We acknowledge it within "
                + days(t.amount(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT))
                + " and agree with you what we will look into."));
        list.add(new ListItem("Stage 2: our final response within " + days(t.amount(ProcedureStep.STAGE_2_RESPONSE))
                + ". If we need longer, we agree a new date with you (at most "
                + days(t.amount(ProcedureStep.STAGE_2_EXTENSION))
                + " more)."));
        return list;
    }

    private static String days(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }

    private static Div section(String heading, List<PublishedCharter.Promise> standards) {
        return new Div(new H2(heading), list(standards));
    }

    private static UnorderedList list(List<PublishedCharter.Promise> standards) {
        UnorderedList list = new UnorderedList();
        standards.forEach(s -> list.add(new ListItem(s.name() + ": " + s.promise())));
        return list;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
