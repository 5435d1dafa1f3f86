package org.charterdesk.actionplans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A progress update: the action's status now and what has been done; a dropped action needs a reason. */
public record ProgressInput(
        @NotNull(message = "Choose the action's status") ActionStatus status,

        @NotBlank(message = "Say what has been done") @Size(max = 2000, message = "Keep it to 2,000 characters")
        String note,

        @Size(max = 1000, message = "Keep the reason to 1,000 characters")
        String dropReason) {

    boolean droppedWithoutReason() {
        return status == ActionStatus.DROPPED && (dropReason == null || dropReason.isBlank());
    }
}
