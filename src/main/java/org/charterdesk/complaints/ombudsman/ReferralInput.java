package org.charterdesk.complaints.ombudsman;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The ombudsman has taken up the complaint: which ombudsman, its reference, and the date of its first contact. */
public record ReferralInput(
        @NotBlank(message = "Choose the ombudsman") String body,

        @NotBlank(message = "Give the ombudsman's reference")
        @Size(max = 60, message = "Keep the reference to 60 characters")
        String theirReference,

        @NotNull(message = "Give the date the ombudsman first got in touch")
        @PastOrPresent(message = "The first contact cannot be in the future")
        LocalDate firstContactOn) {}
