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
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.PublishedCharter;
import org.charterdesk.charter.Timescales;
import org.charterdesk.workspace.ui.PublicLanguage;

/**
 * The council's published customer charter: every standard, corporate and by service, and what a customer can
 * expect at each step of the complaints procedure, worked out from the same standards the deadlines use.
 */
@Route(value = "charter", layout = PublicLayout.class)
@AnonymousAllowed
public class CharterView extends VerticalLayout implements HasDynamicTitle {

    private final String pageTitle;

    public CharterView(Charter charter, CouncilProperties council) {
        Language language = PublicLanguage.current();
        this.pageTitle = PublicTitle.of(getTranslation("charter.title"), council);
        setPadding(false);
        add(
                new H1(getTranslation("charter.heading", council.name(language))),
                new Paragraph(getTranslation("charter.intro")));
        PublishedCharter published = charter.published();
        Div corporate = section(getTranslation("charter.everyone"), published.corporate(), language);
        corporate.setId("corporate-standards");
        add(corporate, new H2(getTranslation("charter.ifYouComplain")));
        published.services().forEach(service -> add(service(service, language)));
        add(new Paragraph(getTranslation("charter.ombudsman", council.ombudsmanName(), council.ombudsmanWebsite())));
    }

    private Div service(PublishedCharter.ServicePromises service, Language language) {
        UnorderedList timescales = steps(service.timescales());
        timescales.setId("timescales-" + service.service().code());
        Div steps = new Div(new H3(PublicLanguage.serviceName(service.service())), timescales);
        if (!service.own().isEmpty()) {
            steps.add(new Paragraph(getTranslation("charter.serviceStandards")), list(service.own(), language));
        }
        steps.setId("service-" + service.service().code());
        return steps;
    }

    private UnorderedList steps(Timescales t) {
        UnorderedList list = new UnorderedList();
        boolean code = t.profile() == ProcedureProfile.COMPLAINT_HANDLING_CODE;
        if (code) {
            list.add(new ListItem(
                    getTranslation("charter.acknowledge", days(t.amount(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT)))));
        }
        list.add(new ListItem(getTranslation(
                code ? "charter.stage1.fromAcknowledging" : "charter.stage1.fromReceiving",
                days(t.amount(ProcedureStep.STAGE_1_RESPONSE)),
                days(t.amount(ProcedureStep.STAGE_1_EXTENSION)))));
        list.add(new ListItem(getTranslation(
                "charter.askForStage2",
                t.escalationWindowMonths(),
                days(t.amount(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT)))));
        list.add(new ListItem(getTranslation(
                "charter.stage2",
                days(t.amount(ProcedureStep.STAGE_2_RESPONSE)),
                days(t.amount(ProcedureStep.STAGE_2_EXTENSION)))));
        if (t.differentHandlerAtStage2()) {
            ListItem someoneNew = new ListItem(getTranslation("charter.stage2.someoneNew"));
            someoneNew.addClassName("someone-new-at-stage-2");
            list.add(someoneNew);
        }
        ListItem information =
                new ListItem(getTranslation("charter.information", days(t.amount(ProcedureStep.INFORMATION_REPLY)))
                        + " "
                        + getTranslation(
                                t.clockStopsWhileWaiting()
                                        ? "charter.information.clockStops"
                                        : "charter.information.clockRuns"));
        information.addClassName("waiting-for-you");
        list.add(information);
        return list;
    }

    private String days(int days) {
        return getTranslation("charter.workingDays", days);
    }

    private static Div section(String heading, List<PublishedCharter.Promise> standards, Language language) {
        return new Div(new H2(heading), list(standards, language));
    }

    /** The standards in the page's language; one the council gave no Welsh for shows in English, marked so. */
    private static UnorderedList list(List<PublishedCharter.Promise> standards, Language language) {
        UnorderedList list = new UnorderedList();
        standards.forEach(s -> {
            ListItem item = new ListItem(s.in(language));
            if (!s.hasWordsIn(language)) {
                item.getElement().setAttribute("lang", Language.ENGLISH.code());
            }
            list.add(item);
        });
        return list;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
