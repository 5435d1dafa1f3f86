package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.actionplans.PlanPage;
import org.charterdesk.actionplans.ProgressInput;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;

/** The form of a plan's step that is the member's to do: a review decision, a revision, or a progress update. */
class PlanStepForm extends Div {

    private final StaffMember member;
    private final PlanPage.PlanStep step;
    private final ActionPlans plans;
    private final Runnable done;
    private final FormErrors errors = new FormErrors();

    PlanStepForm(StaffMember member, PlanPage.PlanStep step, ActionPlans plans, Runnable done) {
        this.member = member;
        this.step = step;
        this.plans = plans;
        this.done = done;
        errors.setId("step-errors-" + step.key());
        add(new H2(step.name()), errors);
        setId("step-" + step.key());
        switch (step.key()) {
            case "ReviewPlan", "FocusGroupApproval" -> addReview();
            case "RevisePlan" -> addRevision();
            default -> addProgress();
        }
    }

    private void addReview() {
        TextArea comments = new TextArea("Comments (needed to send it back; the service will see them)");
        comments.setWidthFull();
        comments.setId("plan-comments");
        errors.bind("comments", comments);
        Button approve = button(
                "Approve the plan",
                "approve-plan",
                () -> plans.decide(member, step.taskId(), true, comments.getValue()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sendBack = button(
                "Send back with comments",
                "send-back-plan",
                () -> plans.decide(member, step.taskId(), false, comments.getValue()));
        add(comments, new HorizontalLayout(approve, sendBack));
    }

    private void addRevision() {
        Button resubmit = button(
                "Send the revised plan for approval", "resubmit-plan", () -> plans.resubmit(member, step.taskId()));
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Change the actions below as the comments ask, then send it again."), resubmit);
    }

    private void addProgress() {
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status now");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::displayName);
        status.setId("progress-status");
        TextArea note = new TextArea("What has been done");
        note.setWidthFull();
        note.setId("progress-note");
        TextField dropReason = new TextField("Why it is dropped (if it is)");
        errors.bind("status", status).bind("note", note).bind("dropReason", dropReason);
        Button record = button(
                "Record progress",
                "record-progress",
                () -> plans.recordProgress(
                        member,
                        step.actionId(),
                        step.taskId(),
                        new ProgressInput(status.getValue(), note.getValue(), dropReason.getValue())));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String action = step.actionDescription() == null ? "" : step.actionDescription();
        add(new Paragraph("For the action: " + action), status, note, dropReason, record);
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> {
            if (errors.attempt(action)) {
                done.run();
            }
        });
        button.setId(id);
        return button;
    }
}
