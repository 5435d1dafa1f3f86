package org.charterdesk.complaints.attachments;

import java.util.List;

/**
 * A file that is not kept, with the reason in words the person who sent it can act on. Public pages show the reason
 * in the customer's language from {@link #reason()} and {@link #details()}: the file's name, then the figures.
 */
public class FileRefusedException extends RuntimeException {

    /** Why a file was refused; each has a wording on the public pages ({@code attach.refused.<name>}). */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        WRONG_TYPE,
        INFECTED,
        NOT_SCANNED,
        TOO_MANY
    }

    private final Reason reason;
    private final List<String> details;

    public FileRefusedException(Reason reason, String message, String... details) {
        super(message);
        this.reason = reason;
        this.details = List.of(details);
    }

    public Reason reason() {
        return reason;
    }

    /** The file's name first (where there is one), then the figures the message states. */
    public List<String> details() {
        return details;
    }
}
