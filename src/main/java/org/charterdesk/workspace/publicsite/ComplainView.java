package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.workspace.ui.CustomerFields;
import org.charterdesk.workspace.ui.FormAnswer;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The council's public complaint form. Required fields are marked; errors are shown next to each field and
 * summarised at the top; everything works from the keyboard. "Continue" checks the answers by the same rules as
 * sending does and shows them for checking, each with a way back to change it; nothing is kept until "Send". Then:
 * the reference, what happens next, and the date the customer can expect an answer, at the address
 * {@code complain/sent}.
 */
@Route(value = "complain", layout = PublicLayout.class)
@AnonymousAllowed
public class ComplainView extends VerticalLayout implements HasDynamicTitle {

    private String pageTitle;

    private final ComplaintIntake intake;
    private final CouncilProperties council;
    private final FormErrors errors = new FormErrors();
    private final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>("Would you like to");
    private final ComboBox<ServiceRef> service = new ComboBox<>("Which service is it about?");
    private final CustomerFields customer = new CustomerFields(errors, false);
    private final TextArea what = new TextArea("What happened?");
    private final TextArea outcome = new TextArea("What would you like us to do to put things right?");
    private final VerticalLayout form = new VerticalLayout();
    private CheckYourAnswers check;

    public ComplainView(ComplaintIntake intake, Charter charter, CouncilProperties council) {
        this.pageTitle = PublicTitle.of("Make a complaint, compliment or comment", council);
        this.intake = intake;
        this.council = council;
        setPadding(false);
        configureFields(charter);
        Button next = new Button("Continue", e -> checkAnswers());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("continue");
        form.setPadding(false);
        form.add(
                new H1("Make a complaint, compliment or comment"),
                new Paragraph("Fields marked with a dot are required. You can check your answers before you "
                        + "send them, and we will give you a reference straight away."),
                errors,
                kind,
                service,
                customer,
                what,
                outcome,
                next);
        add(form);
    }

    private void configureFields(Charter charter) {
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case COMPLAINT -> "Make a complaint";
            case COMPLIMENT -> "Pay us a compliment";
            case COMMENT -> "Make a comment or suggestion";
        });
        kind.addValueChangeListener(e -> wordsFor(e.getValue()));
        kind.setValue(CaseKind.COMPLAINT);
        kind.setId("kind");
        service.setItems(charter.serviceRefs());
        service.setItemLabelGenerator(ServiceRef::name);
        service.setRequiredIndicatorVisible(true);
        service.setId("service");
        // The longest service name ("Waste and Recycling") shows whole, on a desktop and on a phone.
        service.setWidth("22em");
        service.setMaxWidth("100%");
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        what.setMinHeight("10em");
        what.setId("what-happened");
        outcome.setWidthFull();
        outcome.setId("outcome-sought");
        errors.bind("kind", kind)
                .bind("service", service)
                .bind("whatHappened", what)
                .bind("outcomeSought", outcome)
                .inOrder("kind", "service", "customer", "whatHappened", "outcomeSought");
    }

    /** Each kind of contact in its own words: a compliment is not asked what went wrong. */
    private void wordsFor(CaseKind chosen) {
        CaseKind k = chosen == null ? CaseKind.COMPLAINT : chosen;
        switch (k) {
            case COMPLIMENT -> {
                what.setLabel("What would you like to tell us?");
                what.setHelperText("Tell us who helped you and what they did well, if you know.");
            }
            case COMMENT -> {
                what.setLabel("What is your comment or suggestion?");
                what.setHelperText("Tell us what it is about and how we could do better.");
            }
            default -> {
                what.setLabel("What happened?");
                what.setHelperText("Tell us what went wrong, when, and who you dealt with, if you know.");
            }
        }
        outcome.setVisible(k == CaseKind.COMPLAINT);
        if (k != CaseKind.COMPLAINT) {
            outcome.clear();
        }
    }

    /** The answers pass every rule: show them for checking. If not, the errors show on the form. */
    private void checkAnswers() {
        if (errors.attempt(() -> intake.checkBeforeSending(input(), Optional.empty()))) {
            check = new CheckYourAnswers(answers(), this::change, this::send);
            form.setVisible(false);
            add(check);
            setTitle(CheckYourAnswers.TITLE);
            check.focusHeading();
        }
    }

    /** Back to the form, with the focus on the answer to change; everything typed is still there. */
    private void change(FormAnswer answer) {
        remove(check);
        form.setVisible(true);
        setTitle("Make a complaint, compliment or comment");
        answer.focusField();
    }

    private List<FormAnswer> answers() {
        List<FormAnswer> answers = new ArrayList<>();
        answers.add(new FormAnswer(kind.getLabel(), kind.getItemLabelGenerator().apply(kind.getValue()), kind));
        answers.add(new FormAnswer(service.getLabel(), service.getValue().name(), service));
        answers.addAll(customer.answers());
        answers.add(new FormAnswer(what.getLabel(), what.getValue(), what));
        if (outcome.isVisible()) {
            answers.add(new FormAnswer(outcome.getLabel(), outcome.getValue(), outcome));
        }
        return answers;
    }

    private void setTitle(String title) {
        pageTitle = PublicTitle.of(title, council);
        UI.getCurrent().getPage().setTitle(pageTitle);
    }

    private NewCase input() {
        return new NewCase(
                kind.getValue(),
                null,
                service.getValue() == null ? null : service.getValue().code(),
                customer.value(),
                what.getValue(),
                !outcome.isVisible() || outcome.getValue().isBlank() ? null : outcome.getValue(),
                null,
                null);
    }

    private void send() {
        ComplaintIntake.Receipt[] receipt = new ComplaintIntake.Receipt[1];
        if (errors.attempt(() -> receipt[0] = intake.log(input(), Optional.empty()))) {
            showReceived(receipt[0]);
        } else {
            // Something changed since the check (a service closed, say): the form shows what, beside the field.
            remove(check);
            form.setVisible(true);
        }
    }

    private void showReceived(ComplaintIntake.Receipt receipt) {
        removeAll();
        H1 heading = new H1("Thank you. Your reference is " + receipt.reference());
        heading.setId("received-reference");
        add(heading);
        // The page has changed: the title and the address say so (a reload or Back cannot send it twice), and the
        // focus moves to the confirmation for screen readers.
        setTitle(receipt.kind().displayName() + " received");
        UI.getCurrent().getPage().getHistory().replaceState(null, ComplaintSentView.ROUTE);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
        Div next = new Div();
        next.setId("what-happens-next");
        if (receipt.kind() == CaseKind.COMPLAINT) {
            whatHappensToAComplaint(next, receipt);
        } else {
            next.add(new Paragraph(
                    "Thank you for telling us. We pass every compliment and comment to the team concerned."));
        }
        next.add(new Paragraph("If you need to talk to us, call " + council.phone() + " and give your reference."));
        add(next);
    }

    private static void whatHappensToAComplaint(Div next, ComplaintIntake.Receipt receipt) {
        next.add(new Paragraph("Please keep your reference. A member of the " + receipt.serviceName()
                + " team will look into your complaint."));
        if (receipt.nextDue() != null) {
            Span date = new Span(Texts.date(receipt.nextDue().dueOn()));
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
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
