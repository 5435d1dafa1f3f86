package org.charterdesk.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A complaint, compliment or comment as it arrives: from the public web form, or logged by staff for a contact
 * taken by phone, letter, email or face to face. The same rules apply whichever way it comes in.
 */
@Schema(description = "A complaint, compliment or comment to record")
public record NewCase(
        @Schema(description = "complaint (the default), compliment or comment")
        CaseKind kind,

        @Schema(description = "How it reached the council; the public web form is always web")
        Channel channel,

        @Schema(description = "The code of the service it is about, e.g. housing", example = "housing")
        @NotBlank(message = "Choose the service your complaint is about")
        String service,

        @NotNull(message = "Tell us who you are and how to contact you") @Valid
        CustomerDetails customer,

        @Schema(description = "What happened, in the customer's words")
        @NotBlank(message = "Tell us what happened")
        @Size(max = 10000, message = "Keep what happened to 10,000 characters")
        String whatHappened,

        @Schema(description = "What the customer would like us to do to put things right")
        @Size(max = 4000, message = "Keep the outcome you want to 4,000 characters")
        String outcomeSought,

        @Schema(description = "Staff only: when it was received, if earlier than now (a letter, say)")
        Instant receivedAt,

        @Schema(description = "Staff only: what the contact is, if already known; otherwise it is triaged") @Valid
        TriageFacts triage,

        @Schema(description = "Staff only: why a contact received long ago is logged only now (a manager's)")
        @Size(max = 2000, message = "Keep the reason to 2,000 characters")
        String lateLoggingReason,

        @Schema(
                description = "Complaints only, optional: the charter promise the customer says was not kept (its id"
                        + " in /api/v1/services/{code}/promises)")
        Long promiseNotKept) {

    /** A contact that names no promise not kept. */
    public NewCase(
            CaseKind kind,
            Channel channel,
            String service,
            CustomerDetails customer,
            String whatHappened,
            String outcomeSought,
            Instant receivedAt,
            TriageFacts triage,
            String lateLoggingReason) {
        this(
                kind,
                channel,
                service,
                customer,
                whatHappened,
                outcomeSought,
                receivedAt,
                triage,
                lateLoggingReason,
                null);
    }

    /** A contact logged at once, or not long after it arrived: no reason for lateness. */
    public NewCase(
            CaseKind kind,
            Channel channel,
            String service,
            CustomerDetails customer,
            String whatHappened,
            String outcomeSought,
            Instant receivedAt,
            TriageFacts triage) {
        this(kind, channel, service, customer, whatHappened, outcomeSought, receivedAt, triage, null, null);
    }

    public CaseKind kindOrDefault() {
        return kind == null ? CaseKind.COMPLAINT : kind;
    }

    public record CustomerDetails(
            @NotBlank(message = "Give your name") @Size(max = 200, message = "Keep the name to 200 characters")
            String name,

            @Email(message = "Give an email address such as name@example.com")
            @Size(max = 320, message = "Keep the email address to 320 characters")
            String email,

            @Pattern(regexp = "^[0-9 +()-]{6,40}$", message = "Give a phone number using digits, spaces, + ( ) or -")
            String phone,

            @Size(max = 500, message = "Keep the address to 500 characters")
            String address,

            @Schema(description = "email, phone or post; email by default when an email address is given")
            PreferredContact preferredContact,

            @Schema(description = "Any support or accessibility needs, e.g. large print or an interpreter")
            @Size(max = 2000, message = "Keep support needs to 2,000 characters")
            String supportNeeds) {

        public CustomerDetails {
            email = email == null ? null : email.strip();
            phone = phone == null ? null : phone.strip();
        }

        /** How to contact the customer: as asked, or by email when they gave an address, otherwise by post. */
        public PreferredContact contactOrDefault() {
            if (preferredContact != null) {
                return preferredContact;
            }
            if (email != null && !email.isBlank()) {
                return PreferredContact.EMAIL;
            }
            return phone != null && !phone.isBlank() ? PreferredContact.PHONE : PreferredContact.POST;
        }
    }

    /** What staff already know about the contact; the triage decision table decides the route from these. */
    public record TriageFacts(
            @NotNull(message = "Say what the contact is") MatterType matterType,
            boolean complex,
            boolean serious,
            boolean highRisk,

            @Size(max = 2000, message = "Keep the triage note to 2,000 characters")
            String note) {}
}
