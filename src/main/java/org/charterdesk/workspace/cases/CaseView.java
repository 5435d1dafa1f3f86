package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseNotes;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.complaints.CasePages;
import org.charterdesk.complaints.CustomerContacts;
import org.charterdesk.complaints.CustomerHistory;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.FurtherContacts;
import org.charterdesk.complaints.NoteInput;
import org.charterdesk.complaints.PrintedLetters;
import org.charterdesk.complaints.WithdrawalInput;
import org.charterdesk.complaints.Withdrawals;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.InformationStatus;
import org.charterdesk.complaints.information.Question;
import org.charterdesk.complaints.ombudsman.OmbudsmanCase;
import org.charterdesk.complaints.ombudsman.OmbudsmanCases;
import org.charterdesk.complaints.ombudsman.OmbudsmanReferrals;
import org.charterdesk.complaints.restrictions.Restriction;
import org.charterdesk.complaints.steps.OpenStep;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.security.TeamNames;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.tasklist.TaskListUpdates;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.steps.StepView;
import org.charterdesk.workspace.ui.CaseFilesSection;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.QuestionsSection;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/**
 * A case's page: who and what, its deadlines, the steps open on it (which the reader may take and open, when the
 * domain says they may), its decisions and requests, its timeline and its correspondence.
 */
@Route(value = "cases", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StaffMember member;
    private final CasePages pages;
    private final TaskActions taskActions;
    private final EscalationRequests escalations;
    private final CustomerContacts contacts;
    private final DueDates dueDates;
    private final TeamNames teamNames;
    private final CaseNotes notes;
    private final CustomerHistory history;
    private final Withdrawals withdrawals;
    private final Attachments attachments;
    private final FurtherContacts furtherContacts;
    private final PrintedLetters printedLetters;
    private final InformationRequests information;
    private final OmbudsmanCases ombudsmanCases;
    private final OmbudsmanReferrals ombudsmanReferrals;
    private final OmbudsmanStepForms ombudsmanForms;
    private final RestrictionSection restrictions;
    private final TaskListUpdates updates;
    private String reference;

    public CaseView(
            CurrentStaff currentStaff,
            CasePages pages,
            TaskActions taskActions,
            EscalationRequests escalations,
            CustomerContacts contacts,
            DueDates dueDates,
            TeamNames teamNames,
            CaseNotes notes,
            CustomerHistory history,
            Withdrawals withdrawals,
            Attachments attachments,
            FurtherContacts furtherContacts,
            PrintedLetters printedLetters,
            InformationRequests information,
            OmbudsmanCases ombudsmanCases,
            OmbudsmanReferrals ombudsmanReferrals,
            OmbudsmanStepForms ombudsmanForms,
            RestrictionSection restrictions,
            TaskListUpdates updates) {
        this.restrictions = restrictions;
        this.updates = updates;
        this.information = information;
        this.ombudsmanCases = ombudsmanCases;
        this.ombudsmanReferrals = ombudsmanReferrals;
        this.ombudsmanForms = ombudsmanForms;
        this.printedLetters = printedLetters;
        this.furtherContacts = furtherContacts;
        this.withdrawals = withdrawals;
        this.attachments = attachments;
        this.notes = notes;
        this.history = history;
        this.dueDates = dueDates;
        this.teamNames = teamNames;
        this.member = currentStaff.require();
        this.pages = pages;
        this.taskActions = taskActions;
        this.escalations = escalations;
        this.contacts = contacts;
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        show();
    }

    private void show() {
        removeAll();
        CasePage c = pages.of(reference, member);
        add(heading(c));
        add(new CaseChangedNotice(
                updates, reference, c.openSteps(), () -> pages.openSteps(reference, member), this::show));
        Optional<Restriction> restriction = restrictions.onCustomerOf(reference, member);
        restriction.ifPresent(r -> add(RestrictionSection.banner(r)));
        add(CaseSections.facts(c));
        add(section("Customer", CaseSections.customer(c.customer())), otherCases(), words(c));
        List<FurtherContacts.Contact> further = furtherContacts.of(reference, member);
        if (!further.isEmpty()) {
            add(section("Further contacts", furtherContacts(further)));
        }
        if (c.triage() != null) {
            add(CaseSections.triage(c.triage()));
        }
        if (!c.deadlines().isEmpty()) {
            add(section("Deadlines", CaseSections.deadlines(c.deadlines(), dueDates)));
        }
        add(section("Open steps", openSteps(c.openSteps())));
        addQuestions();
        if (c.mayRecordEscalation()) {
            add(escalationAction());
        }
        if (c.kind() == CaseKind.COMPLAINT && !c.status().finished()) {
            add(withdrawalAction());
        }
        addDecisionsAndRequests(c);
        addOmbudsman(c);
        restrictions
                .managersPart(restriction, reference, c.serviceCode(), member, this::show)
                .ifPresent(this::add);
        add(section("Internal notes", new NotesSection(c.notes(), this::addNote)));
        add(section("Files", new CaseFilesSection(attachments, reference, null, member)));
        add(section("Timeline", CaseSections.timeline(c.timeline())));
        add(section(
                "Correspondence",
                new Correspondence(
                        c.correspondence(), this::contacted, id -> printedLetters.pdf(reference, id, member))));
    }

    /** The complaint's time with the ombudsman, if it went, or the way to record that it has. */
    private void addOmbudsman(CasePage c) {
        Optional<OmbudsmanCase> shown = ombudsmanCases.of(reference, member);
        boolean mayRecord = ombudsmanReferrals.mayRecord(reference);
        if (shown.isPresent() || mayRecord) {
            add(section(
                    "Ombudsman",
                    new OmbudsmanSection(
                            ombudsmanReferrals,
                            ombudsmanForms,
                            reference,
                            c.serviceCode(),
                            shown.orElse(null),
                            mayRecord,
                            member,
                            this::show)));
        }
    }

    /** What the customer was asked for and answered; while the case waits, a way to record an answer by phone. */
    private void addQuestions() {
        List<Question> asked = information.asking(reference, member).questions();
        if (asked.isEmpty()) {
            return;
        }
        add(section("Questions to the customer", new QuestionsSection(asked)));
        if (asked.get(0).waiting() || asked.get(0).status() == InformationStatus.NO_ANSWER) {
            add(new AnswerTakenForm(information, reference, member, this::show));
        }
    }

    /** What the customer said when they got in touch again about this case, oldest first. */
    private static Component furtherContacts(List<FurtherContacts.Contact> contacts) {
        UnorderedList list = new UnorderedList();
        list.setId("further-contacts");
        for (FurtherContacts.Contact contact : contacts) {
            Span when = new Span(contact.channel().displayName() + ", " + Texts.time(contact.receivedAt())
                    + ", logged by " + contact.loggedByName());
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(new ListItem(new Div(when), Texts.words(contact.whatHappened())));
        }
        return list;
    }

    /** Staff record that the customer withdrew the complaint by phone or letter: the procedure ends at once. */
    private Details withdrawalAction() {
        FormErrors errors = new FormErrors();
        errors.setId("withdrawal-errors");
        TextArea reason = new TextArea("Why the customer is withdrawing it, as they told you");
        reason.setId("withdrawal-reason");
        reason.setWidthFull();
        errors.bind("reason", reason);
        Button record = new Button("Close the complaint as withdrawn", e -> {
            if (errors.attempt(
                    () -> withdrawals.recordedByStaff(reference, new WithdrawalInput(reason.getValue()), member))) {
                Notification.show("Closed " + reference + " as withdrawn; the customer will get a letter saying so")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_ERROR);
        record.setId("record-withdrawal");
        Details details = new Details(
                "Record a withdrawal",
                new Paragraph("The customer asked, by phone or letter, to withdraw the complaint. Its open steps and "
                        + "deadlines end, and the customer gets a letter confirming it is closed."),
                errors,
                reason,
                record);
        details.setId("withdrawal");
        return details;
    }

    /** The customer's other cases that this member may see: by email, phone, or name and address. */
    private Div otherCases() {
        List<CustomerHistory.OtherCase> others = history.otherCases(reference, member);
        Div section = new Div(new H2("The customer's other cases"));
        section.setId("other-cases");
        section.add(
                others.isEmpty()
                        ? new Paragraph("None found with the same email address, phone number, or name and address.")
                        : new OtherCasesList(others));
        return section;
    }

    /** Adds a note (the server checks it and who may); the page then shows it in the notes and the timeline. */
    private void addNote(String text) {
        notes.add(reference, new NoteInput(text), member);
        show();
    }

    private static HorizontalLayout heading(CasePage c) {
        H1 title = new H1(c.kind().displayName() + " " + c.reference());
        title.setId("case-title");
        Span statusBadge = new Span(c.status().displayName());
        statusBadge.getElement().getThemeList().add("badge" + (c.status().finished() ? " contrast" : ""));
        statusBadge.setId("case-status");
        HorizontalLayout heading = new HorizontalLayout(title, statusBadge);
        heading.setAlignItems(Alignment.BASELINE);
        if (!c.status().finished()) {
            heading.add(StatusBadge.of(c.charterFlag()));
        }
        return heading;
    }

    private static Div words(CasePage c) {
        Div words = new Div(new H2("What happened"), Texts.words(c.whatHappened()));
        if (c.outcomeSought() != null) {
            words.add(new H2("What the customer wants"), Texts.words(c.outcomeSought()));
        }
        if (c.promiseNotKept() != null) {
            Paragraph promise = new Paragraph(c.promiseNotKept());
            promise.setId("promise-not-kept");
            words.add(new H2("The promise the customer says we broke"), promise);
        }
        words.setId("case-words");
        return words;
    }

    private void addDecisionsAndRequests(CasePage c) {
        if (!c.points().isEmpty()) {
            add(section("Points of complaint (stage 2)", CaseSections.points(c)));
        }
        c.decisions().forEach(d -> add(section(d.stage().shortName() + " decision", CaseSections.decision(d))));
        if (!c.extensions().isEmpty()) {
            add(section("Requests for more time", CaseSections.extensions(c.extensions())));
        }
        if (c.escalation() != null) {
            add(section("Request for stage 2", CaseSections.escalation(c.escalation())));
        }
    }

    private Component openSteps(List<OpenStep> steps) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("case-steps");
        if (steps.isEmpty()) {
            list.add(new Paragraph("Nothing is waiting on anyone."));
        }
        for (OpenStep step : steps) {
            String holder = step.assignee() == null
                    ? "waiting for " + teamNames.of(step.candidateGroups())
                    : "held by " + step.assigneeName();
            HorizontalLayout row = new HorizontalLayout(new Span(
                    step.name() + ", " + holder + (step.due() == null ? "" : ", due " + Texts.time(step.due()))));
            row.setAlignItems(Alignment.CENTER);
            if (step.yoursToDo()) {
                row.add(openButton(step));
            }
            list.add(row);
        }
        return list;
    }

    private Button openButton(OpenStep step) {
        boolean free = step.assignee() == null;
        Button open = new Button(free ? "Take and open" : "Open", e -> {
            FormErrors errors = new FormErrors();
            if (free && !errors.attempt(() -> taskActions.claim(step.taskId(), member))) {
                UI.getCurrent().getPage().reload();
                return;
            }
            UI.getCurrent().navigate(StepView.class, step.taskId());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("open-step");
        return open;
    }

    /** Staff record a customer's request for stage 2 taken by phone or letter, when the case allows it. */
    private Details escalationAction() {
        FormErrors errors = new FormErrors();
        TextArea reason = new TextArea("Why the customer is still unhappy");
        reason.setWidthFull();
        reason.setId("escalation-reason");
        errors.bind("reason", reason);
        Button record = new Button("Record the request for stage 2", e -> {
            if (errors.attempt(() -> escalations.request(
                    reference, new EscalationRequest(null, reason.getValue()), Optional.of(member)))) {
                show();
            }
        });
        record.setId("record-escalation");
        Details details = new Details(
                "The customer asked for stage 2 by phone, letter or in person",
                new VerticalLayout(errors, reason, record));
        details.setId("escalation-action");
        return details;
    }

    private void contacted(Long notificationId) {
        FormErrors errors = new FormErrors();
        errors.attempt(() -> contacts.contacted(reference, notificationId, member));
        show();
    }

    private static Div section(String heading, Component content) {
        Div section = new Div(new H2(heading), content);
        section.setWidthFull();
        return section;
    }

    static void term(DescriptionList list, String term, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.UK);
    }

    @Override
    public String getPageTitle() {
        return "Case " + reference + " | Charterdesk";
    }
}
