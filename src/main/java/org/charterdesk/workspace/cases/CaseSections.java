package org.charterdesk.workspace.cases;

import static org.charterdesk.workspace.cases.CaseView.lower;
import static org.charterdesk.workspace.cases.CaseView.term;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.complaints.deadlines.DeadlineStatus;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/** The read-only sections of a case's page, each built from the case as the domain read it. */
final class CaseSections {

    private CaseSections() {}

    static DescriptionList facts(CasePage c) {
        DescriptionList facts = new DescriptionList();
        term(facts, "Service", c.serviceName());
        term(facts, "Stage", c.stage() == null ? "Not at a stage" : c.stage().displayName());
        term(
                facts,
                "Received",
                Texts.time(c.receivedAt()) + " by " + lower(c.channel().displayName()));
        term(facts, "Logged by", c.loggedBy() == null ? "The customer (web form)" : c.loggedByName());
        if (c.nextDue() != null) {
            term(
                    facts,
                    "Next due",
                    c.nextDue().name() + ", " + Texts.date(c.nextDue().dueOn()));
        }
        facts.setId("case-summary");
        return facts;
    }

    static DescriptionList customer(CasePage.Person customer) {
        DescriptionList list = new DescriptionList();
        term(list, "Name", customer.name());
        term(list, "Email", customer.email());
        term(list, "Phone", customer.phone());
        term(list, "Address", customer.address());
        term(list, "Contact by", customer.preferredContact().displayName());
        term(list, "Support needs", customer.supportNeeds() == null ? "None given" : customer.supportNeeds());
        if (customer.language() == Language.WELSH) {
            term(list, "Language", "Welsh: their letters and emails are in Welsh; speak Welsh if you can");
        }
        list.setId("case-customer");
        return list;
    }

    static Paragraph triage(CasePage.Triage triage) {
        return new Paragraph("Triage: " + triage.matterType().displayName()
                + (triage.highRisk() ? ", high risk" : "")
                + (triage.serious() ? ", serious" : "")
                + (triage.complex() ? ", complex" : "")
                + (triage.note() == null ? "" : ". " + triage.note()));
    }

    static Grid<CasePage.Deadline> deadlines(List<CasePage.Deadline> deadlines, DueDates dueDates) {
        Grid<CasePage.Deadline> grid = grid(deadlines);
        grid.addColumn(CasePage.Deadline::name).setHeader("Deadline").setAutoWidth(true);
        grid.addColumn(d -> Texts.shortDate(d.startsOn())).setHeader("From");
        grid.addColumn(d -> Texts.shortDate(d.dueOn())).setHeader("Due");
        grid.addColumn(d -> d.extensionDays() == 0 ? "" : "+" + d.extensionDays())
                .setHeader("Extended by");
        grid.addColumn(d -> daysLeft(d, dueDates)).setHeader("Working days left");
        grid.addComponentColumn(d -> StatusBadge.of(d.flag())).setHeader("Status");
        grid.setId("case-deadlines");
        return grid;
    }

    private static String daysLeft(CasePage.Deadline d, DueDates dueDates) {
        if (d.completedOn() != null) {
            return "Done " + Texts.shortDate(d.completedOn());
        }
        return d.status() == DeadlineStatus.OPEN ? dueDates.words(d.dueOn()) : "Withdrawn";
    }

    static Component points(CasePage c) {
        Div points = new Div();
        for (CasePage.Point point : c.points()) {
            points.add(new Paragraph(point.number() + ". " + point.summary()));
            if (point.finding() != null) {
                points.add(new Paragraph("Finding: " + point.finding()));
            }
        }
        if (c.agreedOutcomeSought() != null) {
            points.add(new Paragraph("Outcome sought, as agreed: " + c.agreedOutcomeSought()));
        }
        return points;
    }

    static DescriptionList decision(CasePage.Decision d) {
        DescriptionList list = new DescriptionList();
        term(list, "Outcome", d.outcome().displayName());
        term(list, "Response", d.response());
        term(list, "Apology", d.apology());
        term(list, "Remedy", d.remedy());
        term(list, "Learning", d.learning());
        term(list, "Drafted by", d.draftedByName() + ", " + Texts.time(d.draftedAt()));
        term(list, "Signed off by", d.signedOffByName());
        term(list, "Sent", d.sentAt() == null ? "Not yet" : Texts.time(d.sentAt()));
        list.addClassName("decision-" + lower(d.stage().name()));
        return list;
    }

    static Grid<CasePage.Extension> extensions(List<CasePage.Extension> extensions) {
        Grid<CasePage.Extension> grid = grid(extensions);
        grid.addColumn(e -> "+" + e.extraDays() + " working days").setHeader("Asked");
        grid.addColumn(CasePage.Extension::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(CasePage.Extension::requestedByName).setHeader("By");
        grid.addColumn(e ->
                        Texts.sentence(e.status().name()) + (e.declineReason() == null ? "" : ": " + e.declineReason()))
                .setHeader("Decision");
        grid.addColumn(e -> Texts.shortDate(e.newDueOn())).setHeader("New due date");
        return grid;
    }

    static Div escalation(CasePage.Escalation escalation) {
        Div div = new Div(
                new Paragraph("Asked for stage 2 on " + Texts.time(escalation.requestedAt()) + ":"),
                Texts.words(escalation.reason()));
        if (escalation.declineReason() != null) {
            div.add(new Paragraph("Declined:"), Texts.words(escalation.declineReason()));
        }
        return div;
    }

    static Grid<CasePage.Event> timeline(List<CasePage.Event> events) {
        Grid<CasePage.Event> grid = grid(events);
        grid.addColumn(e -> Texts.time(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CasePage.Event::actorName)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CasePage.Event::description).setHeader("What").setFlexGrow(1);
        grid.setId("case-timeline");
        return grid;
    }

    static <T> Grid<T> grid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
