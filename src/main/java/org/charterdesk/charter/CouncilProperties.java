package org.charterdesk.charter;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.council.*}: the council's name and contact details, shown on screens and in letters, and its
 * population for the reports' "per 1,000" figures (0 when not known), and the languages it speaks to the public
 * in: {@code [en]}, or {@code [en, cy]} for a council in Wales, which then offers every public page, email and
 * letter in Welsh too.
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
        String welshName,
        String welshSignOff,
        List<String> languages,
        Integer population,
        String address) {

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
        if (welshName == null || welshName.isBlank()) {
            welshName = name;
        }
        if (welshSignOff == null || welshSignOff.isBlank()) {
            welshSignOff = "Yn gywir, Gwasanaethau Cwsmeriaid, " + welshName;
        }
        languages = languages == null || languages.isEmpty() ? List.of("en") : List.copyOf(languages);
    }

    /** Whether the public pages, emails and letters are offered in Welsh ({@code languages} includes cy). */
    public boolean offersWelsh() {
        return languages.stream().anyMatch(Language.WELSH.code()::equalsIgnoreCase);
    }

    /** The council's name as the public reads it in a language. */
    public String name(Language language) {
        return language == Language.WELSH ? welshName : name;
    }

    /** The last lines of a letter or email in a language. */
    public String signOff(Language language) {
        return language == Language.WELSH ? welshSignOff : signOff;
    }
}
