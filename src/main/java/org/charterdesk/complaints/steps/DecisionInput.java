package org.charterdesk.complaints.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.charterdesk.complaints.Outcome;

/** A decision on a complaint: outcome, response, and the apology and remedy where it is upheld. */
public record DecisionInput(
        @NotNull(message = "Choose the outcome") Outcome outcome,

        @NotBlank(message = "Write the response to the customer")
        @Size(max = 20000, message = "Keep the response to 20,000 characters")
        String response,

        @Size(max = 4000, message = "Keep the apology to 4,000 characters")
        String apology,

        @Size(max = 4000, message = "Keep the remedy to 4,000 characters")
        String remedy,

        @Size(max = 4000, message = "Keep the learning to 4,000 characters")
        String learning) {

    boolean missingApology() {
        return outcome != null && outcome.needsApology() && (apology == null || apology.isBlank());
    }
}
