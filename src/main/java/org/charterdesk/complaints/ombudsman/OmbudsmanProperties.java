package org.charterdesk.complaints.ombudsman;

import java.util.List;
import org.charterdesk.charter.ProcedureProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.ombudsman}: the ombudsmen staff can record, and the warning before an ombudsman's deadline. */
@ConfigurationProperties("charterdesk.ombudsman")
public record OmbudsmanProperties(List<Body> bodies, Integer atRiskDays) {

    /** An ombudsman, and the procedure profiles it is the usual one for. */
    public record Body(String code, String name, List<String> profiles) {

        public Body {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
        }

        boolean usualFor(ProcedureProfile profile) {
            return profiles.stream().anyMatch(p -> ProcedureProfile.fromConfig(p) == profile);
        }
    }

    public OmbudsmanProperties {
        if (bodies == null || bodies.isEmpty()) {
            throw new IllegalArgumentException("charterdesk.ombudsman.bodies needs at least one ombudsman");
        }
        bodies = List.copyOf(bodies);
        atRiskDays = atRiskDays == null ? 2 : atRiskDays;
    }

    /** The ombudsman usually offered for a case under the profile: the first that names it, else the first. */
    public Body usualFor(ProcedureProfile profile) {
        return bodies.stream().filter(b -> b.usualFor(profile)).findFirst().orElse(bodies.get(0));
    }

    public Body body(String code) {
        return bodies.stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ombudsman '" + code + "'"));
    }
}
