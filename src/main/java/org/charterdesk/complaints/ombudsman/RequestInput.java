package org.charterdesk.complaints.ombudsman;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the ombudsman asked for, when the request came, and its deadline as the ombudsman counts it. */
public record RequestInput(
        @NotBlank(message = "Say what the ombudsman asked for")
        @Size(max = 4000, message = "Keep it to 4,000 characters")
        String what,

        @NotNull(message = "Give the date the request came") LocalDate receivedOn,

        @Min(value = 1, message = "Give the ombudsman at least 1 day")
        @Max(value = 120, message = "A deadline of more than 120 days is not likely: check it")
        int days,

        @NotNull(message = "Say whether the ombudsman counts working days or calendar days")
        DayBasis basis) {}
