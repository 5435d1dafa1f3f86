package org.charterdesk.complaints.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.charterdesk.complaints.PreferredContact;

/** What an officer asks the customer for, the date the answer is needed by, and how the request goes. */
public record QuestionInput(
        @NotBlank(message = "Say what you need from the customer")
        @Size(max = 4000, message = "Keep the question to 4,000 characters")
        String question,

        @NotNull(message = "Give the date you need the answer by")
        LocalDate answerBy,

        @NotNull(message = "Choose how to ask: email, post or phone")
        PreferredContact channel) {}
