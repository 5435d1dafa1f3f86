package org.charterdesk.charter;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.council.*}: the council's name and contact details, shown on screens and in letters, and its
 * population for the reports' "per 1,000" figures (0 when not known), and the languages it speaks to the public
 * in: {@code [en]}, or {@code [en, cy]} for a council in Wales, which then offers every public page, email and
 * letter in Welsh too. Administrators may change them on screen: the details in force are then the council's own
 * ({@link #use}), in place of the configured ones, and every reader sees them at once.
 */
@ConfigurationProperties("charterdesk.council")
public final class CouncilProperties {

    /** The council's details as one value: configured, or as an administrator saved them. */
    public record Details(
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

        public Details {
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
    }

    private final Details configured;
    private volatile Details current;

    public CouncilProperties(
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
        this.configured = new Details(
                name,
                shortName,
                phone,
                email,
                website,
                ombudsmanName,
                ombudsmanWebsite,
                logo,
                signOff,
                welshName,
                welshSignOff,
                languages,
                population,
                address);
        this.current = configured;
    }

    /** The details from {@code charterdesk.council.*}, before any change on screen. */
    public Details configured() {
        return configured;
    }

    /** The details in force now. */
    public Details details() {
        return current;
    }

    /** Puts the council's own details (or, with null, the configured ones) in force. */
    public void use(Details own) {
        this.current = own == null ? configured : own;
    }

    public String name() {
        return current.name();
    }

    public String shortName() {
        return current.shortName();
    }

    public String phone() {
        return current.phone();
    }

    public String email() {
        return current.email();
    }

    public String website() {
        return current.website();
    }

    public String ombudsmanName() {
        return current.ombudsmanName();
    }

    public String ombudsmanWebsite() {
        return current.ombudsmanWebsite();
    }

    public String logo() {
        return current.logo();
    }

    public String signOff() {
        return current.signOff();
    }

    public String welshName() {
        return current.welshName();
    }

    public String welshSignOff() {
        return current.welshSignOff();
    }

    public List<String> languages() {
        return current.languages();
    }

    public Integer population() {
        return current.population();
    }

    public String address() {
        return current.address();
    }

    /** Whether the public pages, emails and letters are offered in Welsh ({@code languages} includes cy). */
    public boolean offersWelsh() {
        return languages().stream().anyMatch(Language.WELSH.code()::equalsIgnoreCase);
    }

    /** The council's name as the public reads it in a language. */
    public String name(Language language) {
        return language == Language.WELSH ? welshName() : name();
    }

    /** The last lines of a letter or email in a language. */
    public String signOff(Language language) {
        return language == Language.WELSH ? welshSignOff() : signOff();
    }
}
