package org.charterdesk.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The survey's four questions, each 1 (very poor) to 5 (very good), and an optional comment. */
public record SurveyAnswers(
        @NotNull(message = "Choose an answer")
        @Min(value = 1, message = "Choose an answer")
        @Max(value = 5, message = "Choose an answer")
        Integer ease,

        @NotNull(message = "Choose an answer")
        @Min(value = 1, message = "Choose an answer")
        @Max(value = 5, message = "Choose an answer")
        Integer keptInformed,

        @NotNull(message = "Choose an answer")
        @Min(value = 1, message = "Choose an answer")
        @Max(value = 5, message = "Choose an answer")
        Integer clearAnswer,

        @NotNull(message = "Choose an answer")
        @Min(value = 1, message = "Choose an answer")
        @Max(value = 5, message = "Choose an answer")
        Integer satisfied,

        @Size(max = 2000, message = "Keep your comment to 2,000 characters")
        String comment) {}
