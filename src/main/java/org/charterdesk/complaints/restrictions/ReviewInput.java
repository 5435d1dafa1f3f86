package org.charterdesk.complaints.restrictions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A manager's review: extend, vary (with what it now restricts) or lift, always with the reason. */
public record ReviewInput(
        @NotNull(message = "Choose whether to extend, vary or lift it")
        ReviewOutcome outcome,

        @NotBlank(message = "Give the reason") @Size(max = 4000, message = "Keep the reason to 4,000 characters")
        String reason,

        LocalDate nextReviewOn,
        RestrictionInput varied) {}
