package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.api.CaseSummary;
import org.charterdesk.complaints.api.CaseViews;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.CustomerFields;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** Staff log a complaint, compliment or comment taken by phone, letter, email or face to face, for any service. */
@Route(value = "cases/new", layout = MainLayout.class)
@PageTitle("Log a contact | Charterdesk")
@RolesAllowed(Roles.STAFF)
public class NewCaseView extends VerticalLayout {

    public NewCaseView(
            CurrentStaff currentStaff,
            ComplaintIntake intake,
            CaseViews views,
            Charter charter,
            CalendarProperties calendar,
            Clock clock) {
        StaffMember member = currentStaff.require();
        FormErrors errors = new FormErrors();
        RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>("What is it?");
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(CaseKind::displayName);
        kind.setValue(CaseKind.COMPLAINT);
        kind.setId("kind");
        Select<Channel> channel = new Select<>();
        channel.setLabel("How it reached us");
        channel.setItems(
                Arrays.stream(Channel.values()).filter(c -> c != Channel.WEB).toList());
        channel.setItemLabelGenerator(Channel::displayName);
        channel.setValue(Channel.PHONE);
        channel.setRequiredIndicatorVisible(true);
        channel.setId("channel");
        ComboBox<CouncilService> service = new ComboBox<>("Service");
        service.setItems(charter.services());
        service.setItemLabelGenerator(CouncilService::getName);
        service.setRequiredIndicatorVisible(true);
        service.setId("service");
        DateTimePicker received = new DateTimePicker("Received");
        LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone())).truncatedTo(ChronoUnit.MINUTES);
        received.setValue(now);
        received.setMax(now);
        received.setId("received");
        CustomerFields customer = new CustomerFields(errors, true);
        TextArea what = new TextArea("What happened");
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        what.setMinHeight("8em");
        what.setId("what-happened");
        TextArea outcome = new TextArea("What the customer wants us to do");
        outcome.setWidthFull();
        outcome.setId("outcome-sought");

        Select<MatterType> matter = new Select<>();
        matter.setLabel("Triage (complaints): what is it really?");
        matter.setItems(MatterType.values());
        matter.setItemLabelGenerator(m -> m == null ? "Not sure: send it to triage" : m.displayName());
        matter.setEmptySelectionAllowed(true);
        matter.setEmptySelectionCaption("Not sure: send it to triage");
        matter.setId("matter-type");
        Checkbox complex = new Checkbox("Complex");
        Checkbox serious = new Checkbox("Serious");
        Checkbox highRisk = new Checkbox("High risk");
        kind.addValueChangeListener(e -> {
            boolean complaint = e.getValue() == CaseKind.COMPLAINT;
            matter.setEnabled(complaint);
            complex.setEnabled(complaint);
            serious.setEnabled(complaint);
            highRisk.setEnabled(complaint);
        });
        errors.bind("kind", kind)
                .bind("channel", channel)
                .bind("service", service)
                .bind("receivedAt", received)
                .bind("whatHappened", what)
                .bind("outcomeSought", outcome)
                .bind("triage", matter);

        Button save = new Button("Log it", e -> {
            NewCase.TriageFacts triage = kind.getValue() != CaseKind.COMPLAINT || matter.getValue() == null
                    ? null
                    : new NewCase.TriageFacts(
                            matter.getValue(), complex.getValue(), serious.getValue(), highRisk.getValue(), null);
            NewCase input = new NewCase(
                    kind.getValue(),
                    channel.getValue(),
                    service.getValue() == null ? null : service.getValue().getCode(),
                    customer.value(),
                    what.getValue(),
                    outcome.getValue().isBlank() ? null : outcome.getValue(),
                    received.getValue() == null
                            ? null
                            : received.getValue().atZone(calendar.zone()).toInstant(),
                    triage);
            CaseFile[] created = new CaseFile[1];
            if (errors.attempt(() -> created[0] = intake.receive(input, Optional.of(member)))) {
                CaseSummary summary = views.summary(created[0]);
                Notification.show(
                                "Logged as " + summary.reference()
                                        + (summary.currentStep() == null
                                                ? ""
                                                : ". " + summary.currentStep().name() + " due "
                                                        + Texts.date(summary.currentStep()
                                                                .dueOn())),
                                8000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(CaseView.class, summary.reference()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("log-it");

        FormLayout contact = new FormLayout(kind, channel, service, received);
        add(
                new H2("Log a contact"),
                errors,
                contact,
                new H3("The customer"),
                customer,
                new H3("What they told us"),
                what,
                outcome,
                new H3("Triage"),
                matter,
                new HorizontalLayout(complex, serious, highRisk),
                save);
        setMaxWidth("60em");
    }
}
