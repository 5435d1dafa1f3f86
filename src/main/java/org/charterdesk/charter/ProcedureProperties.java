package org.charterdesk.charter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.procedure.profile}: the council's complaints procedure, {@code spso} by default. */
@ConfigurationProperties("charterdesk.procedure")
public record ProcedureProperties(String profile) {

    public ProcedureProperties {
        if (profile == null || profile.isBlank()) {
            profile = ProcedureProfile.SPSO.configName();
        }
        ProcedureProfile.fromConfig(profile);
    }

    public ProcedureProfile procedureProfile() {
        return ProcedureProfile.fromConfig(profile);
    }
}
