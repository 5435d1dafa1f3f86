package org.charterdesk.charter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.council.*}: the council's name and contact details, shown on screens and in letters, and its
 * population for the reports' "per 1,000" figures (0 when not known).
 */
@ConfigurationProperties("charterdesk.council")
public record CouncilProperties(
        String name,
        String shortName,
        String phone,
        String email,
        String website,
        String ombudsmanName,
        String ombudsmanWebsite,
        String logo,
        String signOff,
        Integer population) {

    public CouncilProperties {
        if (name == null || name.isBlank()) {
            name = "The Council";
        }
        if (shortName == null || shortName.isBlank()) {
            shortName = name;
        }
        if (population == null || population < 0) {
            population = 0;
        }
        if (signOff == null || signOff.isBlank()) {
            signOff = "Yours sincerely, Customer Services, " + name;
        }
    }
}
