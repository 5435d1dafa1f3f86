package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.CustomerHistory;
import org.charterdesk.complaints.FurtherContacts;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.restrictions.Restriction;
import org.charterdesk.complaints.restrictions.RestrictionViews;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.CustomerFields;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.PromiseChoice;
import org.charterdesk.workspace.ui.Texts;

/** Staff log a complaint, compliment or comment taken by phone, letter, email or face to face, for any service. */
@Menu(order = 7, title = "Log a contact", icon = "vaadin:plus")
@Route(value = "cases/new", layout = MainLayout.class)
@PageTitle("Log a contact | Charterdesk")
@RolesAllowed({Roles.INTAKE, Roles.OFFICER, Roles.MANAGER})
public class NewCaseView extends VerticalLayout {

    private final StaffMember member;
    private final ComplaintIntake intake;
    private final CalendarProperties calendar;
    private final FormErrors errors = new FormErrors();
    private final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>("What is it?");
    private final Select<Channel> channel = new Select<>();
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final DateTimePicker received = new DateTimePicker("Received");
    private final CustomerFields customer = new CustomerFields(errors, true);
    private final TextArea what = new TextArea("What happened");
    private final TextArea outcome = new TextArea("What the customer wants us to do");
    private final TextArea lateReason = new TextArea("Why it is logged only now");
    private final Select<MatterType> matter = new Select<>();
    private final Checkbox complex = new Checkbox("Complex");
    private final Checkbox serious = new Checkbox("Serious");
    private final Checkbox highRisk = new Checkbox("High risk");
    private final Div sameCustomer = new Div();
    private final RestrictionViews restrictions;
    private List<String> warnedAbout = List.of();
    private boolean restrictionShown;
    private final CustomerHistory history;
    private final FurtherContacts furtherContacts;
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>("Language of the customer's letters");
    private final PromiseChoice promise;

    public NewCaseView(
            CurrentStaff currentStaff,
            ComplaintIntake intake,
            Charter charter,
            CalendarProperties calendar,
            CouncilProperties council,
            CustomerHistory history,
            FurtherContacts furtherContacts,
            Clock clock,
            RestrictionViews restrictions) {
        this.restrictions = restrictions;
        this.member = currentStaff.require();
        this.history = history;
        this.furtherContacts = furtherContacts;
        sameCustomer.setId("same-customer");
        sameCustomer.getElement().setAttribute("role", "alert");
        sameCustomer.getElement().setAttribute("tabindex", "-1");
        sameCustomer.addClassName("warning-note");
        sameCustomer.setVisible(false);
        this.intake = intake;
        this.calendar = calendar;
        this.promise = new PromiseChoice(
                charter,
                Language.ENGLISH,
                "Does the customer say we broke one of our charter's promises? (optional)",
                "The promises of the chosen service, as the customer reads them in our charter.",
                "None of these, or the customer did not say");
        configureContact(charter, clock);
        configureWords();
        configureTriage();
        Button save = new Button("Log it", e -> log());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("log-it");
        add(
                new H1("Log a contact"),
                errors,
                sameCustomer,
                new FormLayout(kind, channel, service, received),
                lateReason,
                new H2("The customer"),
                customer,
                language,
                new H2("What they told us"),
                what,
                outcome,
                promise,
                new H2("Triage"),
                matter,
                new HorizontalLayout(complex, serious, highRisk),
                save);
        setMaxWidth("60em");
        // A council in Wales writes to each customer in the language they chose (the public form asks by its switch).
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.WELSH ? "Welsh (Cymraeg)" : "English");
        language.setValue(Language.ENGLISH);
        language.setId("customer-language");
        language.setVisible(council.offersWelsh());
    }

    private void configureContact(Charter charter, Clock clock) {
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(CaseKind::displayName);
        kind.setValue(CaseKind.COMPLAINT);
        kind.setId("kind");
        channel.setLabel("How it reached us");
        channel.setItems(
                Arrays.stream(Channel.values()).filter(c -> c != Channel.WEB).toList());
        channel.setItemLabelGenerator(Channel::displayName);
        channel.setValue(Channel.PHONE);
        channel.setRequiredIndicatorVisible(true);
        channel.setId("channel");
        service.setItems(charter.openServiceRefs().stream()
                .filter(s -> member.mayLogContactsFor(s.code()))
                .toList());
        service.setItemLabelGenerator(ServiceRef::name);
        service.setRequiredIndicatorVisible(true);
        service.setId("service");
        service.addValueChangeListener(e -> showPromises());
        kind.addValueChangeListener(e -> showPromises());
        LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone())).truncatedTo(ChronoUnit.MINUTES);
        received.setValue(now);
        received.setMax(now);
        received.setId("received");
        errors.bind("kind", kind)
                .bind("channel", channel)
                .bind("service", service)
                .bind("receivedAt", received);
    }

    private void configureWords() {
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        what.setMinHeight("8em");
        what.setId("what-happened");
        outcome.setWidthFull();
        outcome.setId("outcome-sought");
        errors.bind("whatHappened", what).bind("outcomeSought", outcome).bind("promiseNotKept", promise);
    }

    private void showPromises() {
        promise.showFor(
                service.getValue() == null ? null : service.getValue().code(), kind.getValue() == CaseKind.COMPLAINT);
    }

    private void configureTriage() {
        matter.setLabel("Triage (complaints): what is it really?");
        matter.setItems(MatterType.values());
        matter.setItemLabelGenerator(m -> m == null ? "Not sure: send it to triage" : m.displayName());
        matter.setEmptySelectionAllowed(true);
        matter.setEmptySelectionCaption("Not sure: send it to triage");
        matter.setId("matter-type");
        kind.addValueChangeListener(e -> {
            boolean complaint = e.getValue() == CaseKind.COMPLAINT;
            matter.setEnabled(complaint);
            complex.setEnabled(complaint);
            serious.setEnabled(complaint);
            highRisk.setEnabled(complaint);
        });
        errors.bind("triage", matter);
    }

    private NewCase input() {
        NewCase.TriageFacts triage = kind.getValue() != CaseKind.COMPLAINT || matter.getValue() == null
                ? null
                : new NewCase.TriageFacts(
                        matter.getValue(), complex.getValue(), serious.getValue(), highRisk.getValue(), null);
        return new NewCase(
                kind.getValue(),
                channel.getValue(),
                service.getValue() == null ? null : service.getValue().code(),
                customer.value(),
                what.getValue(),
                outcome.getValue().isBlank() ? null : outcome.getValue(),
                received.getValue() == null
                        ? null
                        : received.getValue().atZone(calendar.zone()).toInstant(),
                triage,
                lateReason.getValue(),
                promise.promise());
    }

    private void log() {
        NewCase input = input();
        ComplaintIntake.Receipt[] receipt = new ComplaintIntake.Receipt[1];
        boolean logged = errors.attempt(() -> {
            if (!mayAlreadyHaveACase(input)) {
                receipt[0] = intake.log(input, Optional.of(member), language.getValue());
            }
        });
        if (!logged || receipt[0] == null) {
            return;
        }
        ComplaintIntake.Receipt done = receipt[0];
        Notification.show(
                        (done.addedToDecidedComplaint()
                                        ? "Kept on " + done.reference() + ", the customer's decided complaint, as the "
                                                + "restriction on their contact says; it is not a new case"
                                        : "Logged as " + done.reference())
                                + (done.nextDue() == null
                                        ? ""
                                        : ". " + done.nextDue().name() + " due "
                                                + Texts.date(done.nextDue().dueOn())),
                        8000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, done.reference()));
    }

    /**
     * Shows, once, the restriction on the contact of the customer being logged, so that whoever logs it knows before
     * it goes: "Log it" again logs it, and intake applies the restriction.
     */
    private boolean restrictedAndNotYetShown(NewCase input) {
        Optional<Restriction> restriction = restrictions.onContact(input.customer(), member);
        if (restriction.isEmpty() || restrictionShown) {
            return false;
        }
        restrictionShown = true;
        sameCustomer.removeAll();
        sameCustomer.add(
                new Paragraph("Press \"Log it\" again to log it: a new complaint about the decided matter is kept"
                        + " on that complaint."),
                RestrictionSection.banner(restriction.get()));
        sameCustomer.setVisible(true);
        sameCustomer.getElement().executeJs("this.focus()");
        return true;
    }

    /** The contact being logged goes on the customer's open case instead of opening a second one. */
    private void addTo(String reference) {
        if (errors.attempt(() -> furtherContacts.addTo(reference, input(), member))) {
            Notification.show(
                            "Added to " + reference + " as a further contact", 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, reference));
        }
    }

    /**
     * Warns, once, when the customer already has an open case with this service (by email, phone, or name and
     * address): the officer can add this contact to one of those cases as a further contact, or press "Log it"
     * again to log a new case.
     */
    private boolean mayAlreadyHaveACase(NewCase input) {
        if (restrictedAndNotYetShown(input)) {
            return true;
        }
        List<CustomerHistory.OtherCase> open = history.openCasesWith(input.customer(), input.service(), member);
        List<String> references =
                open.stream().map(CustomerHistory.OtherCase::reference).toList();
        if (open.isEmpty() || references.equals(warnedAbout)) {
            return false;
        }
        warnedAbout = references;
        sameCustomer.removeAll();
        sameCustomer.add(
                new Paragraph("This customer may already have an open case with this service. If this is about the "
                        + "same thing, add it to that case as a further contact; if not, press \"Log it\" again to "
                        + "log a new case."),
                new OtherCasesList(open));
        for (CustomerHistory.OtherCase other : open) {
            Button add = new Button(
                    "Add this to " + other.reference() + " as a further contact", e -> addTo(other.reference()));
            add.setId("add-to-" + other.reference());
            sameCustomer.add(add);
        }
        sameCustomer.setVisible(true);
        sameCustomer.getElement().executeJs("this.focus()");
        return true;
    }
}
