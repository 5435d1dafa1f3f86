package org.charterdesk.workspace.steps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step's letter is read before it goes: the preview runs the step in full and keeps nothing, so the preview is the
 * exact letter, the step is still open afterwards, and going back to the form keeps what was typed.
 */
class LetterPreviewIT extends ViewTestBase {

    @Autowired
    LetterPreviews previews;

    @Autowired
    FrontlineSteps frontline;

    @Test
    void thePreviewIsTheExactLetterAndKeepsNothing() {
        String ref = phoneComplaint("housing", null).getReference();
        String task = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        int before = notificationsOf(ref).size();
        DecisionInput answer =
                new DecisionInput(Outcome.NOT_UPHELD, "The repair was done on the day.", null, null, null);

        List<LetterPreviews.Letter> letters =
                previews.whatWouldBeSent(ref, () -> frontline.respond(task, answer, olivia));
        assertThat(letters).isNotEmpty();
        assertThat(letters.get(0).to()).isEqualTo("Pat Jones by email (pat.jones@example.com)");
        assertThat(letters.get(0).text()).contains("The repair was done on the day.");
        assertThat(notificationsOf(ref)).hasSize(before);
        assertThat(reload(ref).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE)).isEqualTo(task);

        frontline.respond(task, answer, olivia);
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.DECISION)
                .singleElement()
                .satisfies(n ->
                        assertThat(n.getBodyText()).isEqualTo(letters.get(0).text()));
    }

    @Test
    void goingBackToTheFormSendsNothingAndKeepsWhatWasTyped() {
        String ref = phoneComplaint("housing", null).getReference();
        int before = notificationsOf(ref).size();
        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("outcome"));
        outcome.setValue(Outcome.NOT_UPHELD);
        _get(TextArea.class, spec -> spec.withId("response")).setValue("We checked our records.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        _click(_get(Button.class, spec -> spec.withId("back-to-form")));

        assertThat(_get(TextArea.class, spec -> spec.withId("response")).getValue())
                .isEqualTo("We checked our records.");
        assertThat(notificationsOf(ref)).hasSize(before);
        assertThat(reload(ref).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
    }
}
