package org.charterdesk.complaints.deadlines;

/** A deadline cannot be changed as asked (for example, an extension beyond the charter's limit). */
public class DeadlineChangedException extends IllegalStateException {

    public DeadlineChangedException(String message) {
        super(message);
    }
}
