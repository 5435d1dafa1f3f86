package org.charterdesk.complaints;

import jakarta.validation.constraints.Size;

/** Why a complaint is withdrawn, in the customer's words or as staff took it down (by phone or letter). */
public record WithdrawalInput(
        @Size(max = 2000, message = "Keep the reason to 2,000 characters")
        String reason) {

    public boolean missingReason() {
        return reason == null || reason.isBlank();
    }
}
