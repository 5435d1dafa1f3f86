package org.charterdesk.actionplans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new plan: the service it belongs to (or leads it, for a corporate plan), its title, period and source. */
public record PlanInput(
        @NotBlank(message = "Choose the service") String serviceCode,
        boolean corporate,

        @NotBlank(message = "Give the plan a title") @Size(max = 300, message = "Keep the title to 300 characters")
        String title,

        @NotNull(message = "Give the start of the plan's period")
        LocalDate periodFrom,

        @NotNull(message = "Give the end of the plan's period")
        LocalDate periodTo,

        @NotNull(message = "Say where the plan comes from") PlanSource source) {

    boolean periodBackwards() {
        return periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom);
    }
}
