package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CharterStandard;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.Timescales;

/**
 * The council's published customer charter: every standard, corporate and by service, and what a customer can
 * expect at each step of the complaints procedure, worked out from the same standards the deadlines use.
 */
@Route(value = "charter", layout = PublicLayout.class)
@PageTitle("Our customer charter")
@AnonymousAllowed
public class CharterView extends VerticalLayout {

    public CharterView(Charter charter, CouncilProperties council) {
        setPadding(false);
        add(
                new H1(council.name() + ": our customer charter"),
                new Paragraph("These are the standards of service we promise every customer. Working days are "
                        + "Monday to Friday, not counting bank holidays and days our offices are closed."));
        List<CharterStandard> standards = charter.publishedStandards();
        Div corporate = section(
                "Our promises to everyone",
                standards.stream().filter(CharterStandard::isCorporate).toList());
        corporate.setId("corporate-standards");
        add(corporate);

        H2 procedure = new H2("If you complain");
        add(procedure);
        for (CouncilService service : charter.services()) {
            Timescales t = charter.timescalesFor(service);
            Div steps = new Div(new H3(service.getName()));
            steps.add(steps(t));
            List<CharterStandard> own = standards.stream()
                    .filter(s -> !s.isCorporate()
                            && s.getService().getCode().equals(service.getCode())
                            && s.getProcedureStep() == null)
                    .toList();
            if (!own.isEmpty()) {
                steps.add(new Paragraph("Our service standards:"), list(own));
            }
            steps.setId("service-" + service.getCode());
            add(steps);
        }
        add(new Paragraph("If you are still unhappy after our final response, you can ask " + council.ombudsmanName()
                + " to look at your complaint: " + council.ombudsmanWebsite() + "."));
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

    private static Div section(String heading, List<CharterStandard> standards) {
        return new Div(new H2(heading), list(standards));
    }

    private static UnorderedList list(List<CharterStandard> standards) {
        UnorderedList list = new UnorderedList();
        standards.forEach(s -> list.add(new ListItem(s.getName() + ": " + s.getPromise())));
        return list;
    }
}
