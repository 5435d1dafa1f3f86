package org.charterdesk.complaints;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers and postcodes compared as people write them: spaces, brackets and +44 do not matter. */
final class ContactDetails {

    /** A UK postcode, e.g. "AB1 2CD", "SW1A 1AA" or "M1 1AE", with or without its space. */
    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\\b");

    private static final int SHORTEST_PHONE = 6;

    private ContactDetails() {}

    /** Whether two phone numbers are the same number: "+44 1234 567890" is "01234 567890". */
    static boolean samePhone(String known, String candidate) {
        String a = phoneDigits(known);
        String b = phoneDigits(candidate);
        return a.length() >= SHORTEST_PHONE && a.equals(b);
    }

    private static String phoneDigits(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+44") || digits.startsWith("0044")) {
            // "+44 1234 567890" and "+44 (0)1234 567890" are both "01234 567890".
            String national = digits.substring(digits.startsWith("0044") ? 4 : 2);
            digits = national.startsWith("0") ? national : "0" + national;
        }
        return digits;
    }

    /** The last postcode written in an address, in capitals with one space, if it has one. */
    static Optional<String> postcodeOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(address.toUpperCase(Locale.UK));
        String last = null;
        while (m.find()) {
            last = m.group(1) + " " + m.group(2);
        }
        return Optional.ofNullable(last);
    }

    /** Whether the candidate is that whole postcode, however it is spaced or capitalised. */
    static boolean samePostcode(String postcode, String candidate) {
        return candidate != null
                && postcodeOf(candidate.strip()).map(postcode::equals).orElse(false)
                && candidate.replaceAll("\\s", "").length()
                        == postcode.replace(" ", "").length();
    }
}
