package org.charterdesk.administration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilDetailsStore;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.CouncilProperties.Details;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's details for administrators: its name in English and Welsh, contact details, letterhead address,
 * logo, sign-off, population for the reports, the languages it speaks to the public in, and its ombudsman. Saved on
 * screen they replace {@code charterdesk.council.*}, checked, audited, and guarded against two administrators.
 */
@Service
public class CouncilAdministration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CouncilProperties council;
    private final CouncilDetailsStore store;
    private final AuditLog audit;

    CouncilAdministration(CouncilProperties council, CouncilDetailsStore store, AuditLog audit) {
        this.council = council;
        this.store = store;
        this.audit = audit;
    }

    /** The details in force and their version, for the editor. */
    public record Opened(Details details, long version) {}

    @Transactional(readOnly = true)
    public Opened open(StaffMember member) {
        People.checkAdministrator(member);
        return new Opened(council.details(), store.version());
    }

    @Transactional
    public void save(Details details, long version, StaffMember member) {
        People.checkAdministrator(member);
        check(details);
        Details before = council.details();
        if (!store.save(details, version, member.username())) {
            throw InvalidInputException.of(
                    "name", "Someone else changed the council's details since you opened them. Open them again.");
        }
        audit.recordChange(member.username(), null, "Changed the council's details: " + differences(before, details));
    }

    /** Puts the configured details ({@code charterdesk.council.*}) back in force. */
    @Transactional
    public void putBack(StaffMember member) {
        People.checkAdministrator(member);
        store.forget();
        audit.recordChange(member.username(), null, "Put back the council's configured details");
    }

    private static void check(Details d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.name() == null || d.name().isBlank() || d.name().equals("The Council")) {
            errors.put("name", "Give the council's name as it appears on letters");
        }
        if (d.phone() == null || d.phone().isBlank()) {
            errors.put("phone", "Give the phone number customers call");
        }
        if (d.email() == null || !EMAIL.matcher(d.email().strip()).matches()) {
            errors.put("email", "Give the email address customers write to, like complaints@council.gov.uk");
        }
        if (d.website() != null && !d.website().isBlank() && !d.website().startsWith("https://")) {
            errors.put("website", "Give the website as an address starting https://");
        }
        if (d.address() == null || d.address().isBlank()) {
            errors.put("address", "Give the address for the letterhead");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String differences(Details before, Details after) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("name", new Object[] {before.name(), after.name()});
        fields.put("phone", new Object[] {before.phone(), after.phone()});
        fields.put("email", new Object[] {before.email(), after.email()});
        fields.put("website", new Object[] {before.website(), after.website()});
        fields.put("address", new Object[] {before.address(), after.address()});
        fields.put("logo", new Object[] {before.logo(), after.logo()});
        fields.put("sign-off", new Object[] {before.signOff(), after.signOff()});
        fields.put("Welsh name", new Object[] {before.welshName(), after.welshName()});
        fields.put("population", new Object[] {before.population(), after.population()});
        fields.put("languages", new Object[] {before.languages(), after.languages()});
        fields.put("ombudsman", new Object[] {before.ombudsmanName(), after.ombudsmanName()});
        StringBuilder said = new StringBuilder();
        fields.forEach((field, values) -> {
            if (!String.valueOf(values[0]).equals(String.valueOf(values[1]))) {
                said.append(said.isEmpty() ? "" : "; ")
                        .append(field)
                        .append(" '")
                        .append(values[0])
                        .append("' to '")
                        .append(values[1])
                        .append("'");
            }
        });
        return said.isEmpty() ? "nothing" : said.toString();
    }
}
