package org.charterdesk.complaints.steps;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for more working days on a response deadline, with the reason the customer will be told. */
public record ExtensionInput(
        @Min(value = 1, message = "Ask for at least 1 more working day")
        int extraDays,

        @NotBlank(message = "Give the reason; the customer will be told it")
        @Size(max = 2000, message = "Keep the reason to 2,000 characters")
        String reason) {}
