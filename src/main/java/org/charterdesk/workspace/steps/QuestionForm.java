package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.QuestionInput;
import org.charterdesk.complaints.steps.CustomerQuestions;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.QuestionsSection;
import org.charterdesk.workspace.ui.Texts;

/**
 * Asking the customer for more information from a response step (the letter is read before it goes), and the step
 * that follows when no answer comes: carry on without it, or close the complaint as withdrawn.
 */
@SpringComponent
class QuestionForm {

    private final InformationRequests information;
    private final CustomerQuestions questions;
    private final LetterPreviews previews;

    QuestionForm(InformationRequests information, CustomerQuestions questions, LetterPreviews previews) {
        this.information = information;
        this.questions = questions;
        this.previews = previews;
    }

    /** The "Ask the customer" part of a response step's form. */
    Details ask(StepContext step, StaffMember member, Consumer<String> said) {
        InformationRequests.Asking asking = information.asking(step.caseReference(), member);
        FormErrors errors = new FormErrors();
        errors.setId("question-errors");
        TextArea question = new TextArea("What do you need from the customer?");
        question.setWidthFull();
        question.setRequiredIndicatorVisible(true);
        question.setHelperText("The customer reads this as you write it.");
        question.setId("question");
        DatePicker answerBy = new DatePicker("Answer needed by", asking.usualAnswerDate());
        answerBy.setHelperText("The charter gives the customer until " + Texts.date(asking.usualAnswerDate()) + ".");
        answerBy.setId("answer-by");
        RadioButtonGroup<PreferredContact> channel = new RadioButtonGroup<>("Ask by");
        channel.setItems(PreferredContact.values());
        channel.setItemLabelGenerator(PreferredContact::displayName);
        channel.setItemEnabledProvider(way -> way != PreferredContact.EMAIL || asking.customerHasEmail());
        channel.setValue(
                asking.preferred() == PreferredContact.EMAIL && !asking.customerHasEmail()
                        ? PreferredContact.POST
                        : asking.preferred());
        channel.setId("ask-by");
        errors.bind("question", question).bind("answerBy", answerBy).bind("channel", channel);
        Button send = StepForms.checked(
                previews,
                "Ask the customer",
                "ask-customer",
                errors,
                step.caseReference(),
                () -> questions.ask(
                        step.taskId(),
                        new QuestionInput(question.getValue(), answerBy.getValue(), channel.getValue()),
                        member),
                sent -> said.accept("Asked the customer for more information on " + step.caseReference()
                        + (sent == null ? "" : ". " + sent)
                        + ". The case comes back to you when they answer."));
        send.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(
                new Paragraph("The case waits for the customer's answer, then comes back to you. If no answer "
                        + "comes by the date, you decide whether to carry on or close the complaint."),
                errors,
                question,
                answerBy,
                channel,
                send);
        content.setPadding(false);
        Details details = new Details("Ask the customer for more information", content);
        details.setId("ask-the-customer");
        return details;
    }

    /** The step after no answer came: what was asked, and the two ways on. */
    VerticalLayout noAnswer(StepContext step, StaffMember member, Consumer<String> said) {
        FormErrors errors = new FormErrors();
        VerticalLayout form = new VerticalLayout(errors);
        form.setPadding(false);
        form.setId("step-form");
        form.add(
                new Paragraph("The customer did not answer by the date. Carry on without the information, or close "
                        + "the complaint as withdrawn: the customer is told, and can get in touch again."),
                new QuestionsSection(information.asking(step.caseReference(), member).questions().stream()
                        .limit(1)
                        .toList()));
        Button carryOn = StepForms.checked(
                previews,
                "Carry on without it",
                "carry-on",
                errors,
                step.caseReference(),
                () -> questions.decideWithoutAnswer(step.taskId(), true, member),
                sent -> said.accept("Carrying on without the customer's answer on " + step.caseReference()));
        Button close = StepForms.checked(
                previews,
                "Close the complaint as withdrawn",
                "close-no-answer",
                errors,
                step.caseReference(),
                () -> questions.decideWithoutAnswer(step.taskId(), false, member),
                sent -> said.accept(
                        "Closed " + step.caseReference() + " as withdrawn" + (sent == null ? "" : ". " + sent)));
        form.add(carryOn, close);
        return form;
    }
}
