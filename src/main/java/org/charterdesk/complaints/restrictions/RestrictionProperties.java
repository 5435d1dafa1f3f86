package org.charterdesk.complaints.restrictions;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.restrictions}: the behaviours the council's policy names, and how to challenge a restriction. */
@ConfigurationProperties("charterdesk.restrictions")
public record RestrictionProperties(List<String> behaviours, String challenge) {

    public RestrictionProperties {
        behaviours = behaviours == null || behaviours.isEmpty()
                ? List.of("Aggressive or abusive behaviour", "Unreasonable demands", "Unreasonable persistence")
                : List.copyOf(behaviours);
        challenge = challenge == null || challenge.isBlank() ? "contact our complaints team" : challenge.strip();
    }
}
