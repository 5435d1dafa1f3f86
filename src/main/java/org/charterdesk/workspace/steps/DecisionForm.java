package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;
import org.springframework.stereotype.Component;

/**
 * A manager's decision, in place: the request, what it does to the deadline, and approve, or decline with a
 * reason (required). Used on the step page and in the approvals inbox.
 */
@Component
public class DecisionForm {

    private final ManagerDecisions decisions;
    private final LetterPreviews previews;

    DecisionForm(ManagerDecisions decisions, LetterPreviews previews) {
        this.decisions = decisions;
        this.previews = previews;
    }

    /**
     * The decision's form; what it would send the customer is shown for confirming first, and {@code done} hears
     * to whom it went (null when it sent the customer nothing).
     */
    public VerticalLayout create(StepContext step, StaffMember manager, Consumer<String> done) {
        FormErrors errors = new FormErrors();
        errors.setId("decision-errors-" + step.caseReference());
        VerticalLayout form = new VerticalLayout(errors);
        form.setPadding(false);
        form.addClassName("decision");
        form.add(request(step));
        TextArea reason = new TextArea(
                switch (step.step()) {
                    case SIGN_OFF_FINAL_RESPONSE -> "What must change (if you send it back)";
                    case DECIDE_ESCALATION -> "Why it cannot go to stage 2 (if you decline); the customer will be told";
                    default -> "Why not (if you decline); the customer will be told";
                });
        reason.setWidthFull();
        reason.setId("reason-" + step.caseReference());
        errors.bind("reason", reason);
        Button approve = StepForms.checked(
                previews,
                step.step() == ComplaintStep.SIGN_OFF_FINAL_RESPONSE ? "Sign off and send" : "Approve",
                "approve-" + step.caseReference(),
                errors,
                step.caseReference(),
                () -> decide(step, ManagerDecision.approved(), manager),
                done);
        Button decline = new Button(
                step.step() == ComplaintStep.SIGN_OFF_FINAL_RESPONSE ? "Send back" : "Decline",
                e -> LetterCheck.thenRun(
                        previews,
                        step.caseReference(),
                        errors,
                        () -> decide(step, ManagerDecision.declined(reason.getValue()), manager),
                        done));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.setId("decline-" + step.caseReference());
        form.add(reason, new HorizontalLayout(approve, decline));
        return form;
    }

    private void decide(StepContext step, ManagerDecision decision, StaffMember manager) {
        switch (step.step()) {
            case DECIDE_STAGE_1_EXTENSION, DECIDE_STAGE_2_EXTENSION ->
                decisions.decideExtension(step.taskId(), decision, manager);
            case DECIDE_ESCALATION -> decisions.decideEscalation(step.taskId(), decision, manager);
            case SIGN_OFF_FINAL_RESPONSE -> decisions.signOffFinalResponse(step.taskId(), decision, manager);
            default -> throw new IllegalArgumentException(step.step() + " is not a manager's decision");
        }
    }

    private static Div request(StepContext step) {
        Div request = new Div();
        request.addClassName("request");
        StepContext.Request r = step.request();
        if (r == null) {
            request.add(new Paragraph("Nothing is waiting to be decided."));
            return request;
        }
        request.add(Texts.words(r.summary()));
        request.add(new Paragraph((r.draft() == null ? "Asked by " : "Drafted by ") + r.requestedBy()
                + (r.requestedAt() == null ? "" : " on " + Texts.time(r.requestedAt())) + "."));
        String effect = "Due now: " + Texts.date(r.dueNow());
        if (r.dueIfApproved() != null) {
            effect += ". If you approve: " + Texts.date(r.dueIfApproved());
        }
        Paragraph deadline = new Paragraph(effect + ".");
        deadline.addClassName("deadline-effect");
        request.add(deadline);
        if (r.draft() != null) {
            StepContext.Draft d = r.draft();
            request.add(
                    new H3("Outcome: " + d.outcome().displayName()),
                    new Paragraph("Response:"),
                    Texts.words(d.response()));
            if (d.apology() != null) {
                request.add(new Paragraph("Apology:"), Texts.words(d.apology()));
            }
            if (d.remedy() != null) {
                request.add(new Paragraph("Remedy:"), Texts.words(d.remedy()));
            }
            if (d.learning() != null) {
                request.add(new Paragraph("Learning:"), Texts.words(d.learning()));
            }
        }
        return request;
    }
}
