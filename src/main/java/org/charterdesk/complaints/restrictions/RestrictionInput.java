package org.charterdesk.complaints.restrictions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.charterdesk.complaints.PreferredContact;

/**
 * A restriction on a customer's contact: the behaviour (one of the policy's categories, and what happened), what
 * is restricted, and when it starts and is reviewed. The named contact, the one channel and the decided matter go
 * with the kinds that need them.
 */
public record RestrictionInput(
        @NotBlank(message = "Choose the behaviour, as the policy names it")
        String behaviour,

        @NotBlank(message = "Say what the customer did") @Size(max = 4000, message = "Keep it to 4,000 characters")
        String details,

        @NotEmpty(message = "Choose what is restricted") Set<RestrictionKind> kinds,

        String namedContact,
        PreferredContact channel,
        String decidedMatter,

        @NotNull(message = "Give the date it starts") LocalDate startsOn,

        @NotNull(message = "Give the date it is reviewed") LocalDate reviewOn) {

    public RestrictionInput {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
