package org.charterdesk.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's request for stage 2. The email address proves the complaint is theirs; staff need not give it. */
@Schema(description = "A request to take a complaint to stage 2")
public record EscalationRequest(
        @Schema(description = "The email address on the complaint (customers only)")
        @Email(message = "Give an email address such as name@example.com")
        String email,

        @Schema(description = "Why the customer is still unhappy after the stage 1 decision")
        @NotBlank(message = "Tell us why you are still unhappy")
        @Size(max = 4000, message = "Keep the reason to 4,000 characters")
        String reason) {

    public EscalationRequest {
        email = email == null ? null : email.strip();
    }
}
