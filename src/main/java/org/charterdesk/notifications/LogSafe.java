package org.charterdesk.notifications;

import java.util.regex.Pattern;

/** Text made safe to log: a mail server's error names the addresses it refused, which are customers' personal data. */
final class LogSafe {

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    private LogSafe() {}

    /** The text with every email address in it replaced by "[address]". */
    static String withoutAddresses(String text) {
        return text == null ? null : EMAIL_ADDRESS.matcher(text).replaceAll("[address]");
    }
}
