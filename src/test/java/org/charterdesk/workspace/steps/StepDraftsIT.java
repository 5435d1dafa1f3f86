package org.charterdesk.workspace.steps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step's form saved as a draft is picked up later by whoever holds the step: Olivia saves her answer part-way
 * (nothing is sent), a manager gives the step to Harry, who finds her words on the form, finishes and sends it; the
 * draft goes with the step.
 */
class StepDraftsIT extends ViewTestBase {

    @Autowired
    TaskActions actions;

    @Test
    void aDraftIsPickedUpByWhoeverHoldsTheStepAndGoesWithIt() {
        String ref = phoneComplaint("housing", null).getReference();
        String task = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        int letters = notificationsOf(ref).size();
        open(olivia, "steps/" + task);
        outcome().setValue(Outcome.PARTIALLY_UPHELD);
        _get(TextArea.class, spec -> spec.withId("response")).setValue("We found the repair was booked late.");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        assertThat(notificationsOf(ref)).hasSize(letters);
        assertThat(reload(ref).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .as("saving a draft takes the step")
                .isEqualTo("olivia");

        actions.reassign(task, "harry", max);
        open(harry, "steps/" + task);
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-note")).getText())
                .startsWith("Draft saved by Olivia Grant on ");
        assertThat(outcome().getValue()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        assertThat(_get(TextArea.class, spec -> spec.withId("response")).getValue())
                .isEqualTo("We found the repair was booked late.");
        _get(TextArea.class, spec -> spec.withId("apology")).setValue("We are sorry it was late.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        confirmLetter();

        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(jdbc.queryForObject("select count(*) from step_draft where task_id = ?", Integer.class, task))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Outcome> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("outcome"));
    }
}
