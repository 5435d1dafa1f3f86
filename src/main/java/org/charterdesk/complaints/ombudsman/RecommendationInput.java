package org.charterdesk.complaints.ombudsman;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One of the ombudsman's recommendations: what to do, who owns it, and by when. */
public record RecommendationInput(
        @NotBlank(message = "Say what the ombudsman recommends")
        @Size(max = 4000, message = "Keep it to 4,000 characters")
        String what,

        @NotBlank(message = "Choose who owns it") String owner,

        @NotNull(message = "Give the date it is due by") LocalDate dueOn) {}
