package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.api.CaseSummary;
import org.charterdesk.complaints.api.CaseViews;
import org.charterdesk.workspace.ui.CustomerFields;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The council's public complaint form. Required fields are marked; errors are shown next to each field and
 * summarised at the top; everything works from the keyboard. On success: the reference, what happens next, and
 * the date the customer can expect an answer.
 */
@Route(value = "complain", layout = PublicLayout.class)
@PageTitle("Make a complaint")
@AnonymousAllowed
public class ComplainView extends VerticalLayout {

    private final ComplaintIntake intake;
    private final CaseViews views;
    private final CouncilProperties council;

    public ComplainView(ComplaintIntake intake, CaseViews views, Charter charter, CouncilProperties council) {
        this.intake = intake;
        this.views = views;
        this.council = council;
        setPadding(false);
        FormErrors errors = new FormErrors();
        RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>("Would you like to");
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case COMPLAINT -> "Make a complaint";
            case COMPLIMENT -> "Pay us a compliment";
            case COMMENT -> "Make a comment or suggestion";
        });
        kind.setValue(CaseKind.COMPLAINT);
        kind.setId("kind");
        ComboBox<CouncilService> service = new ComboBox<>("Which service is it about?");
        service.setItems(charter.services());
        service.setItemLabelGenerator(CouncilService::getName);
        service.setRequiredIndicatorVisible(true);
        service.setId("service");
        CustomerFields customer = new CustomerFields(errors, false);
        TextArea what = new TextArea("What happened?");
        what.setHelperText("Tell us what went wrong, when, and who you dealt with, if you know.");
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        what.setMinHeight("10em");
        what.setId("what-happened");
        TextArea outcome = new TextArea("What would you like us to do to put things right?");
        outcome.setWidthFull();
        outcome.setId("outcome-sought");
        errors.bind("kind", kind)
                .bind("service", service)
                .bind("whatHappened", what)
                .bind("outcomeSought", outcome);

        Button send = new Button("Send", e -> {
            NewCase input = new NewCase(
                    kind.getValue(),
                    null,
                    service.getValue() == null ? null : service.getValue().getCode(),
                    customer.value(),
                    what.getValue(),
                    outcome.getValue().isBlank() ? null : outcome.getValue(),
                    null,
                    null);
            CaseFile[] created = new CaseFile[1];
            if (errors.attempt(() -> created[0] = intake.receive(input, Optional.empty()))) {
                showReceived(views.summary(created[0]), created[0]);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send");
        add(
                new H1("Make a complaint, compliment or comment"),
                new Paragraph("Fields marked with a dot are required. We will give you a reference straight away."),
                errors,
                kind,
                service,
                customer,
                what,
                outcome,
                send);
    }

    private void showReceived(CaseSummary summary, CaseFile c) {
        removeAll();
        H2 heading = new H2("Thank you. Your reference is " + summary.reference());
        heading.setId("received-reference");
        add(heading);
        Div next = new Div();
        next.setId("what-happens-next");
        if (c.getKind() == CaseKind.COMPLAINT) {
            next.add(new Paragraph("Please keep your reference. A member of the "
                    + c.getService().getName() + " team will look into your complaint."));
            if (summary.currentStep() != null) {
                Span date = new Span(Texts.date(summary.currentStep().dueOn()));
                date.setId("expected-date");
                next.add(new Paragraph(
                        new Span("You can expect to hear from us by "),
                        date,
                        new Span(". If we need longer, we will tell you why and when you can expect our answer.")));
            }
            next.add(new Paragraph(
                    new Span("You can check on your complaint at any time "),
                    new RouterLink("with your reference and email address", TrackView.class),
                    new Span(".")));
        } else {
            next.add(new Paragraph(
                    "Thank you for telling us. We pass every compliment and comment to the team " + "concerned."));
        }
        next.add(new Paragraph("If you need to talk to us, call " + council.phone() + " and give your reference."));
        add(next);
    }
}
