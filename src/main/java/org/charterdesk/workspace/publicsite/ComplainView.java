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
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.workspace.ui.CustomerFields;
import org.charterdesk.workspace.ui.FileAttacher;
import org.charterdesk.workspace.ui.FormAnswer;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.PromiseChoice;
import org.charterdesk.workspace.ui.PublicLanguage;

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
    private final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>(getTranslation("complain.kind"));
    private final ComboBox<ServiceRef> service = new ComboBox<>(getTranslation("complain.service"));
    private final CustomerFields customer = new CustomerFields(errors, false);
    private final TextArea what = new TextArea(getTranslation("complain.what"));
    private final TextArea outcome = new TextArea(getTranslation("complain.outcome"));
    private final FileAttacher files;
    private final PromiseChoice promise;
    private final VerticalLayout form = new VerticalLayout();
    private CheckYourAnswers check;

    public ComplainView(ComplaintIntake intake, Charter charter, CouncilProperties council, Attachments attachments) {
        this.pageTitle = PublicTitle.of(getTranslation("complain.title"), council);
        this.intake = intake;
        this.council = council;
        this.files = new FileAttacher(attachments, "attachments");
        this.promise = new PromiseChoice(
                charter,
                PublicLanguage.current(),
                getTranslation("complain.promise"),
                getTranslation("complain.promise.help"),
                getTranslation("complain.promise.none"));
        setPadding(false);
        configureFields(charter);
        Button next = new Button(getTranslation("complain.continue"), e -> checkAnswers());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("continue");
        form.setPadding(false);
        form.add(
                new H1(getTranslation("complain.title")),
                new Paragraph(getTranslation("complain.intro")),
                errors,
                kind,
                service,
                customer,
                what,
                outcome,
                promise,
                files,
                next);
        add(form);
    }

    private void configureFields(Charter charter) {
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("complain.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.addValueChangeListener(e -> wordsFor(e.getValue()));
        kind.addValueChangeListener(e -> showPromises());
        kind.setValue(CaseKind.COMPLAINT);
        kind.setId("kind");
        service.setItems(charter.openServiceRefs());
        service.setItemLabelGenerator(s -> PublicLanguage.serviceName(s));
        service.setRequiredIndicatorVisible(true);
        service.setId("service");
        service.addValueChangeListener(e -> showPromises());
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
                .bind("promiseNotKept", promise)
                .inOrder("kind", "service", "customer", "whatHappened", "outcomeSought", "promiseNotKept");
    }

    private void showPromises() {
        promise.showFor(
                service.getValue() == null ? null : service.getValue().code(),
                kind.getValue() == null || kind.getValue() == CaseKind.COMPLAINT);
    }

    /** Each kind of contact in its own words: a compliment is not asked what went wrong. */
    private void wordsFor(CaseKind chosen) {
        CaseKind k = chosen == null ? CaseKind.COMPLAINT : chosen;
        switch (k) {
            case COMPLIMENT -> {
                what.setLabel(getTranslation("complain.what.compliment"));
                what.setHelperText(getTranslation("complain.what.compliment.help"));
            }
            case COMMENT -> {
                what.setLabel(getTranslation("complain.what.comment"));
                what.setHelperText(getTranslation("complain.what.comment.help"));
            }
            default -> {
                what.setLabel(getTranslation("complain.what"));
                what.setHelperText(getTranslation("complain.what.help"));
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
            setTitle(getTranslation("check.title"));
            check.focusHeading();
        }
    }

    /** Back to the form, with the focus on the answer to change; everything typed is still there. */
    private void change(FormAnswer answer) {
        remove(check);
        form.setVisible(true);
        setTitle(getTranslation("complain.title"));
        answer.focusField();
    }

    private List<FormAnswer> answers() {
        List<FormAnswer> answers = new ArrayList<>();
        answers.add(new FormAnswer(kind.getLabel(), kind.getItemLabelGenerator().apply(kind.getValue()), kind));
        answers.add(new FormAnswer(
                service.getLabel(), service.getItemLabelGenerator().apply(service.getValue()), service));
        answers.addAll(customer.answers());
        answers.add(new FormAnswer(what.getLabel(), what.getValue(), what));
        if (outcome.isVisible()) {
            answers.add(new FormAnswer(outcome.getLabel(), outcome.getValue(), outcome));
        }
        if (promise.isVisible()) {
            answers.add(new FormAnswer(promise.getLabel(), promise.answer(), promise));
        }
        answers.add(new FormAnswer(getTranslation("attach.files"), files.names(), files.focusTarget()));
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
                null,
                null,
                promise.promise());
    }

    private void send() {
        ComplaintIntake.Receipt[] receipt = new ComplaintIntake.Receipt[1];
        if (errors.attempt(
                () -> receipt[0] = intake.log(input(), Optional.empty(), PublicLanguage.current(), files.files()))) {
            files.clear();
            showReceived(receipt[0]);
        } else {
            // Something changed since the check (a service closed, say): the form shows what, beside the field.
            remove(check);
            form.setVisible(true);
        }
    }

    private void showReceived(ComplaintIntake.Receipt receipt) {
        removeAll();
        H1 heading = new H1(
                receipt.addedToDecidedComplaint()
                        ? getTranslation("received.heading.added")
                        : getTranslation("received.heading", receipt.reference()));
        heading.setId("received-reference");
        add(heading);
        // The page has changed: the title and the address say so (a reload or Back cannot send it twice), and the
        // focus moves to the confirmation for screen readers.
        setTitle(getTranslation("received.title." + receipt.kind().name().toLowerCase(Locale.ROOT)));
        UI.getCurrent().getPage().getHistory().replaceState(null, ComplaintSentView.ROUTE);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
        Div next = new Div();
        next.setId("what-happens-next");
        if (receipt.kind() == CaseKind.COMPLAINT) {
            whatHappensToAComplaint(next, receipt);
        } else {
            next.add(new Paragraph(getTranslation("received.thanks")));
        }
        next.add(new Paragraph(getTranslation("received.call", council.phone())));
        add(next);
    }

    private void whatHappensToAComplaint(Div next, ComplaintIntake.Receipt receipt) {
        if (receipt.addedToDecidedComplaint()) {
            next.add(new Paragraph(getTranslation("received.addedToDecided")));
            return;
        }
        next.add(new Paragraph(getTranslation("received.keep", PublicLanguage.serviceName(receipt.service()))));
        if (receipt.nextDue() != null) {
            Span date = new Span(PublicLanguage.date(receipt.nextDue().dueOn()));
            date.setId("expected-date");
            next.add(new Paragraph(
                    new Span(getTranslation("received.expect")),
                    date,
                    new Span(getTranslation("received.expect.after"))));
        }
        next.add(new Paragraph(
                new Span(getTranslation("received.track")),
                new RouterLink(getTranslation("received.track.link"), TrackView.class),
                new Span(".")));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
