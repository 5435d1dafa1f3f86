package org.charterdesk.workspace.steps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.QuestionInput;
import org.charterdesk.complaints.steps.CustomerQuestions;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asking the customer for more information, as staff and customers use the screens: the officer reads the letter
 * before it goes, the customer answers by the link or on /track, staff take an answer by phone on the case page, and
 * the officer decides what to do when no answer comes.
 */
class CustomerQuestionsScreensIT extends ViewTestBase {

    private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]+)");

    @Autowired
    CustomerQuestions questions;

    @Autowired
    InformationRequests information;

    @Test
    void theOfficerReadsTheRequestBeforeItGoesAndTheCustomerAnswersByTheLink() {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        assertThat(_get(DatePicker.class, spec -> spec.withId("answer-by")).getValue())
                .isEqualTo(information.asking(ref, olivia).usualAnswerDate());
        _click(_get(Button.class, spec -> spec.withId("ask-customer")));
        assertThat(text("question-errors")).contains("Say what you need from the customer");
        assertThat(notificationsOf(ref)).noneMatch(n -> n.getType() == NotificationType.INFORMATION_REQUESTED);

        _setValue(_get(TextArea.class, spec -> spec.withId("question")), "Which rooms have damp?");
        _click(_get(Button.class, spec -> spec.withId("ask-customer")));
        assertThat(confirmLetter())
                .contains("We need more information about your complaint " + ref)
                .contains("Pat Jones by email (pat.jones@example.com)")
                .contains("Which rooms have damp?");
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);

        open(olivia, "cases/" + ref);
        assertThat(text("customer-questions"))
                .contains("Waiting for the customer's answer")
                .contains("Which rooms have damp?")
                .contains("The clock is stopped while we wait");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Waiting for the customer");

        String token = tokenFrom(ref);
        open(null, "answer/" + token);
        _click(_get(Button.class, spec -> spec.withId("send-answer")));
        assertThat(text("answer-errors")).contains("Write your answer");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer")), "The bedroom and the hall.");
        _click(_get(Button.class, spec -> spec.withId("send-answer")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-message")).getText())
                .startsWith("Thank you. We have your answer");
        open(null, "answer/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-message")).getText())
                .startsWith("This link has already been used");

        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        assertThat(text("customer-questions"))
                .contains("The customer has answered")
                .contains("The bedroom and the hall.");
    }

    @Test
    void theCustomerAnswersOnTheTrackingPageAndStaffTakeAnAnswerByPhone() {
        String ref = phoneComplaint("housing", null).getReference();
        askByEmail(ref);
        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), ref);
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "pat.jones@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(text("our-question")).contains("Which rooms have damp?");
        assertThat(text("tracked-case")).contains("Waiting for your answer");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer")), "Only the bedroom.");
        _click(_get(Button.class, spec -> spec.withId("send-answer")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-sent")).getText())
                .startsWith("Thank you. We have your answer");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("our-question")))
                .isEmpty();
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);

        questions.ask(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new QuestionInput("When can we visit?", LocalDate.now().plusDays(14), PreferredContact.PHONE),
                olivia);
        open(olivia, "cases/" + ref);
        assertThat(_get(Details.class, spec -> spec.withId("answer-taken")).getSummaryText())
                .isEqualTo("Record the customer's answer");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-taken-text")), "Any morning next week.");
        _click(_get(Button.class, spec -> spec.withId("record-answer")));
        assertThat(_find(Details.class, spec -> spec.withId("answer-taken"))).isEmpty();
        assertThat(text("customer-questions"))
                .contains("Any morning next week.")
                .contains("by phone, taken by staff");
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void withNoAnswerTheOfficerClosesTheComplaintAfterReadingTheLetter() {
        at(LocalDate.of(2026, 11, 2));
        String ref = phoneComplaint("housing", null).getReference();
        questions.ask(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new QuestionInput("Which rooms have damp?", LocalDate.of(2026, 11, 4), PreferredContact.EMAIL),
                olivia);
        at(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0));
        runDueJobs(ref);

        open(olivia, "steps/" + taskId(ref, ComplaintStep.DECIDE_WITHOUT_STAGE_1_ANSWER));
        assertThat(text("step-form")).contains("Which rooms have damp?").contains("No answer by the date");
        _click(_get(Button.class, spec -> spec.withId("close-no-answer")));
        assertThat(confirmLetter())
                .contains("We have closed your complaint " + ref)
                .contains("have not heard");
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    private void askByEmail(String ref) {
        questions.ask(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new QuestionInput("Which rooms have damp?", LocalDate.now().plusDays(14), PreferredContact.EMAIL),
                olivia);
    }

    private String tokenFrom(String ref) {
        Matcher link = LINK.matcher(notificationsOf(ref).stream()
                .filter(n -> n.getType() == NotificationType.INFORMATION_REQUESTED)
                .findFirst()
                .orElseThrow()
                .getBodyText());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
