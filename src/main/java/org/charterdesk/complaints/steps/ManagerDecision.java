package org.charterdesk.complaints.steps;

import jakarta.validation.constraints.Size;

/** A manager's decision: approve, or decline with a reason (which is required). */
public record ManagerDecision(
        boolean approve,

        @Size(max = 2000, message = "Keep the reason to 2,000 characters")
        String reason) {

    public static ManagerDecision approved() {
        return new ManagerDecision(true, null);
    }

    public static ManagerDecision declined(String reason) {
        return new ManagerDecision(false, reason);
    }

    boolean missingReason() {
        return !approve && (reason == null || reason.isBlank());
    }
}
