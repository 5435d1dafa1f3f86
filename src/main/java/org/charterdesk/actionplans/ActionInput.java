package org.charterdesk.actionplans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action: what will be done, who owns it, by when, and how we will know it worked. */
public record ActionInput(
        @NotBlank(message = "Say what will be done") @Size(max = 2000, message = "Keep it to 2,000 characters")
        String description,

        @NotBlank(message = "Choose who owns the action") String owner,
        @NotNull(message = "Give a target date") LocalDate targetDate,

        @NotBlank(message = "Say how success will be measured")
        @Size(max = 1000, message = "Keep the measure to 1,000 characters")
        String outcomeMeasure) {}
