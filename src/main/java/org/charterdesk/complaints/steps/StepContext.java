package org.charterdesk.complaints.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;

/**
 * What a member of staff needs in front of them to do, or decide, one open step: the case, the deadline, and for
 * a decision the request being decided and what it would do to the deadline.
 */
public record StepContext(
        String taskId,
        ComplaintStep step,
        String caseReference,
        String serviceCode,
        String serviceName,
        String customerName,
        String whatHappened,
        String outcomeSought,
        String assignee,
        String assigneeName,
        LocalDate dueOn,
        Integer workingDaysLeft,
        CharterFlag status,
        int extensionAllowance,
        List<String> points,
        Request request,
        String whyNotYou,
        boolean heldByYou,
        StageTwoContext stageTwo) {

    /** What a manager is asked to decide. */
    public record Request(
            String summary,
            String requestedBy,
            Instant requestedAt,
            LocalDate dueNow,
            LocalDate dueIfApproved,
            Draft draft) {}

    /** A drafted response waiting for sign-off. */
    public record Draft(Outcome outcome, String response, String apology, String remedy, String learning) {}

    /** Whether the member this context was built for may do the step. */
    public boolean mayDo() {
        return whyNotYou == null;
    }

    /** Whether someone other than the member this context was built for holds the step. */
    public boolean heldBySomeoneElse() {
        return assignee != null && !heldByYou;
    }
}
