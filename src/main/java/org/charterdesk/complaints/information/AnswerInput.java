package org.charterdesk.complaints.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer's answer, in their words (typed by them online, or by staff from a call or a letter). */
public record AnswerInput(
        @NotBlank(message = "Write your answer") @Size(max = 10000, message = "Keep the answer to 10,000 characters")
        String answer) {}
