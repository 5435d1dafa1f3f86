package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.api.CaseDetails;
import org.charterdesk.complaints.api.CaseViews;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.steps.StepView;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/**
 * A case, whole: summary, customer and how they want to be contacted, what happened and what they want, every
 * deadline, the decisions, the open steps and who holds them, the timeline and the correspondence.
 */
@Route(value = "cases", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StaffMember member;
    private final CaseViews views;
    private final CaseTasks caseTasks;
    private final EscalationRequests escalations;
    private final StaffDirectory directory;
    private final org.charterdesk.complaints.CustomerContacts contacts;
    private final Map<String, String> names = new HashMap<>();
    private String reference;

    public CaseView(
            CurrentStaff currentStaff,
            CaseViews views,
            CaseTasks caseTasks,
            EscalationRequests escalations,
            StaffDirectory directory,
            org.charterdesk.complaints.CustomerContacts contacts) {
        this.contacts = contacts;
        this.member = currentStaff.require();
        this.views = views;
        this.caseTasks = caseTasks;
        this.escalations = escalations;
        this.directory = directory;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        show(views.details(reference, member));
    }

    private void show(CaseDetails c) {
        removeAll();
        var summary = c.summary();
        CaseKind kind = CaseKind.valueOf(summary.kind());
        CaseStatus status = CaseStatus.valueOf(summary.status());
        H2 title = new H2(kind.displayName() + " " + summary.reference());
        title.setId("case-title");
        Span statusBadge = new Span(status.displayName());
        statusBadge.getElement().getThemeList().add("badge" + (status.finished() ? " contrast" : ""));
        statusBadge.setId("case-status");
        HorizontalLayout heading = new HorizontalLayout(title, statusBadge);
        heading.setAlignItems(Alignment.BASELINE);
        if (!status.finished()) {
            heading.add(StatusBadge.of(CharterFlag.valueOf(c.charterFlag())));
        }
        add(heading);

        DescriptionList facts = new DescriptionList();
        term(facts, "Service", c.summary().service());
        term(
                facts,
                "Stage",
                summary.stage() == null
                        ? "Not at a stage"
                        : Stage.valueOf(summary.stage()).displayName());
        term(
                facts,
                "Received",
                Texts.time(summary.receivedAt()) + " by "
                        + Channel.valueOf(c.channel()).displayName().toLowerCase(Locale.UK));
        term(facts, "Logged by", c.loggedBy() == null ? "The customer (web form)" : name(c.loggedBy()));
        if (summary.currentStep() != null) {
            term(
                    facts,
                    "Next due",
                    summary.currentStep().name() + ", "
                            + Texts.date(summary.currentStep().dueOn()));
        }
        facts.setId("case-summary");
        add(facts);

        add(section("Customer", customer(c.customer())));
        Div words = new Div(new H3("What happened"), Texts.words(c.whatHappened()));
        if (c.outcomeSought() != null) {
            words.add(new H3("What the customer wants"), Texts.words(c.outcomeSought()));
        }
        words.setId("case-words");
        add(words);
        if (c.triage() != null) {
            add(new Paragraph("Triage: "
                    + org.charterdesk.complaints.MatterType.valueOf(c.triage().matterType())
                            .displayName() + (c.triage().highRisk() ? ", high risk" : "")
                    + (c.triage().serious() ? ", serious" : "") + (c.triage().complex() ? ", complex" : "")
                    + (c.triage().note() == null ? "" : ". " + c.triage().note())));
        }
        if (!c.deadlines().isEmpty()) {
            add(section("Deadlines", deadlines(c.deadlines())));
        }
        add(section("Open steps", openSteps(c.openSteps())));
        escalationAction(c, kind, status).ifPresent(this::add);
        if (!c.pointsOfComplaint().isEmpty()) {
            add(section("Points of complaint (stage 2)", points(c)));
        }
        c.decisions().forEach(d -> add(section(Stage.valueOf(d.stage()).shortName() + " decision", decision(d))));
        if (!c.extensionRequests().isEmpty()) {
            add(section("Requests for more time", extensions(c.extensionRequests())));
        }
        if (c.escalation() != null) {
            Div escalation = new Div(
                    new Paragraph(
                            "Asked for stage 2 on " + Texts.time(c.escalation().requestedAt()) + ":"),
                    Texts.words(c.escalation().reason()));
            if (c.escalation().declineReason() != null) {
                escalation.add(
                        new Paragraph("Declined:"), Texts.words(c.escalation().declineReason()));
            }
            add(section("Request for stage 2", escalation));
        }
        add(section("Timeline", timeline(c.timeline())));
        add(section("Correspondence", correspondence(c.notifications())));
    }

    private Component customer(CaseDetails.Customer customer) {
        DescriptionList list = new DescriptionList();
        term(list, "Name", customer.name());
        term(list, "Email", customer.email());
        term(list, "Phone", customer.phone());
        term(list, "Address", customer.address());
        term(
                list,
                "Contact by",
                PreferredContact.valueOf(customer.preferredContact()).displayName());
        term(list, "Support needs", customer.supportNeeds() == null ? "None given" : customer.supportNeeds());
        list.setId("case-customer");
        return list;
    }

    private Grid<CaseDetails.Deadline> deadlines(List<CaseDetails.Deadline> deadlines) {
        Grid<CaseDetails.Deadline> grid = grid(deadlines);
        grid.addColumn(CaseDetails.Deadline::name).setHeader("Deadline").setAutoWidth(true);
        grid.addColumn(d -> Texts.shortDate(d.startsOn())).setHeader("From");
        grid.addColumn(d -> Texts.shortDate(d.dueOn())).setHeader("Due");
        grid.addColumn(d -> d.extensionDays() == 0 ? "" : "+" + d.extensionDays())
                .setHeader("Extended by");
        grid.addColumn(d -> d.completedOn() != null
                        ? "Done " + Texts.shortDate(d.completedOn())
                        : "OPEN".equals(d.status()) ? Texts.workingDaysLeft(d.workingDaysLeft()) : "Withdrawn")
                .setHeader("Working days left");
        grid.addComponentColumn(d -> StatusBadge.of(CharterFlag.valueOf(d.flag())))
                .setHeader("Status");
        grid.setId("case-deadlines");
        return grid;
    }

    private Component openSteps(List<CaseDetails.Step> steps) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("case-steps");
        if (steps.isEmpty()) {
            list.add(new Paragraph("Nothing is waiting on anyone."));
        }
        for (CaseDetails.Step step : steps) {
            String holder = step.heldBy() == null
                    ? "waiting in " + String.join(", ", step.teams())
                    : "held by " + step.heldBy();
            HorizontalLayout row = new HorizontalLayout(new Span(
                    step.name() + ", " + holder + (step.due() == null ? "" : ", due " + Texts.time(step.due()))));
            row.setAlignItems(Alignment.CENTER);
            boolean mayDo = member.candidateGroups().stream().anyMatch(step.teams()::contains);
            boolean free = step.heldBy() == null;
            boolean mine = member.displayName().equals(step.heldBy());
            if (mayDo && (free || mine)) {
                Button open = new Button(free ? "Take and open" : "Open", e -> {
                    FormErrors errors = new FormErrors();
                    if (free && !errors.attempt(() -> caseTasks.claim(step.taskId(), member))) {
                        UI.getCurrent().getPage().reload();
                        return;
                    }
                    UI.getCurrent().navigate(StepView.class, step.taskId());
                });
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                open.setId("open-step");
                row.add(open);
            }
            list.add(row);
        }
        return list;
    }

    /** Staff may record a customer's request for stage 2 taken by phone or letter, when the case allows it. */
    private Optional<Component> escalationAction(CaseDetails c, CaseKind kind, CaseStatus status) {
        if (kind != CaseKind.COMPLAINT
                || status != CaseStatus.CLOSED
                || !"STAGE_1".equals(c.summary().stage())
                || c.escalation() != null) {
            return Optional.empty();
        }
        FormErrors errors = new FormErrors();
        TextArea reason = new TextArea("Why the customer is still unhappy");
        reason.setWidthFull();
        reason.setId("escalation-reason");
        errors.bind("reason", reason);
        Button record = new Button("Record the request for stage 2", e -> {
            if (errors.attempt(() -> escalations.request(
                    reference, new EscalationRequest(null, reason.getValue()), Optional.of(member)))) {
                show(views.details(reference, member));
            }
        });
        record.setId("record-escalation");
        Details details = new Details(
                "The customer asked for stage 2 by phone, letter or in person",
                new VerticalLayout(errors, reason, record));
        details.setId("escalation-action");
        return Optional.of(details);
    }

    private Component points(CaseDetails c) {
        Div points = new Div();
        for (CaseDetails.Point point : c.pointsOfComplaint()) {
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

    private Component decision(CaseDetails.Decision d) {
        DescriptionList list = new DescriptionList();
        term(list, "Outcome", Outcome.valueOf(d.outcome()).displayName());
        term(list, "Response", d.response());
        term(list, "Apology", d.apology());
        term(list, "Remedy", d.remedy());
        term(list, "Learning", d.learning());
        term(list, "Drafted by", name(d.draftedBy()) + ", " + Texts.time(d.draftedAt()));
        term(list, "Signed off by", d.signedOffBy() == null ? null : name(d.signedOffBy()));
        term(list, "Sent", d.sentAt() == null ? "Not yet" : Texts.time(d.sentAt()));
        list.addClassName("decision-" + d.stage().toLowerCase(Locale.UK));
        return list;
    }

    private Grid<CaseDetails.Extension> extensions(List<CaseDetails.Extension> extensions) {
        Grid<CaseDetails.Extension> grid = grid(extensions);
        grid.addColumn(e -> "+" + e.extraDays() + " working days").setHeader("Asked");
        grid.addColumn(CaseDetails.Extension::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(e -> name(e.requestedBy())).setHeader("By");
        grid.addColumn(e -> e.status().charAt(0)
                        + e.status().substring(1).toLowerCase(Locale.UK)
                        + (e.declineReason() == null ? "" : ": " + e.declineReason()))
                .setHeader("Decision");
        grid.addColumn(e -> Texts.shortDate(e.newDueOn())).setHeader("New due date");
        return grid;
    }

    private Grid<CaseDetails.Event> timeline(List<CaseDetails.Event> events) {
        Grid<CaseDetails.Event> grid = grid(events);
        grid.addColumn(e -> Texts.time(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> name(e.actor())).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseDetails.Event::description).setHeader("What").setFlexGrow(1);
        grid.setId("case-timeline");
        return grid;
    }

    private Component correspondence(List<CaseDetails.Notification> notifications) {
        if (notifications.isEmpty()) {
            return new Paragraph("Nothing sent yet.");
        }
        Grid<CaseDetails.Notification> grid = grid(notifications);
        grid.addColumn(n -> Texts.time(n.createdAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.subject() == null ? Texts.sentence(n.type()) : n.subject())
                .setHeader("What")
                .setFlexGrow(2);
        grid.addColumn(n -> "CUSTOMER".equals(n.audience())
                        ? "The customer"
                                + (n.contactBy() == null
                                        ? ""
                                        : " (by " + n.contactBy().toLowerCase(Locale.UK) + ")")
                        : name(n.recipient()))
                .setHeader("To");
        grid.addColumn(this::deliveryStatus).setHeader("Status").setFlexGrow(1);
        grid.addComponentColumn(this::contactAction)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("contact");
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(n -> Texts.words(n.text())));
        grid.setId("case-correspondence");
        return new Div(new Paragraph("Select a row to read what was written."), grid);
    }

    private String deliveryStatus(CaseDetails.Notification n) {
        org.charterdesk.notifications.NotificationStatus status =
                org.charterdesk.notifications.NotificationStatus.valueOf(n.status());
        return switch (status) {
            case SENT -> "Sent " + Texts.time(n.sentAt());
            case CONTACTED -> "Done by " + name(n.doneBy()) + ", " + Texts.time(n.doneAt());
            case TO_CONTACT ->
                "PHONE".equals(n.contactBy())
                        ? "To phone: the customer asked not to be emailed"
                        : "To post: the customer asked not to be emailed";
            case PENDING, SENDING -> status.displayName() + (n.lastError() == null ? "" : " (last try failed)");
            case FAILED -> "Failed: " + n.lastError();
        };
    }

    private Component contactAction(CaseDetails.Notification n) {
        if (!"TO_CONTACT".equals(n.status())) {
            return new Span();
        }
        Button done = new Button("PHONE".equals(n.contactBy()) ? "I have phoned them" : "I have written to them", e -> {
            FormErrors errors = new FormErrors();
            errors.attempt(() -> contacts.contacted(reference, n.id(), member));
            show(views.details(reference, member));
        });
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.setId("contacted-" + n.id());
        return done;
    }

    private static <T> Grid<T> grid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Div section(String heading, Component content) {
        Div section = new Div(new H3(heading), content);
        section.setWidthFull();
        return section;
    }

    private static void term(DescriptionList list, String term, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    private String name(String username) {
        if (username == null) {
            return "";
        }
        if (CaseEvent.CUSTOMER.equals(username)) {
            return "The customer";
        }
        if (CaseEvent.SYSTEM.equals(username)) {
            return "Charterdesk";
        }
        return names.computeIfAbsent(username, directory::displayName);
    }

    @Override
    public String getPageTitle() {
        return "Case " + reference + " | Charterdesk";
    }
}
