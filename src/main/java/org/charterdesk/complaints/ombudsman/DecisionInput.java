package org.charterdesk.complaints.ombudsman;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The ombudsman's decision, its date, a summary, and its recommendations (none for some decisions). */
public record DecisionInput(
        @NotNull(message = "Choose the ombudsman's decision")
        OmbudsmanDecision decision,

        @NotNull(message = "Give the date of the decision")
        @PastOrPresent(message = "The decision cannot be dated in the future")
        LocalDate decidedOn,

        @Size(max = 4000, message = "Keep the summary to 4,000 characters")
        String summary,

        @Valid List<RecommendationInput> recommendations) {

    public DecisionInput {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }
}
