package org.charterdesk.complaints.information;

/** Where a request for information stands. */
public enum InformationStatus {
    /** Sent; the case waits for the customer. */
    WAITING("Waiting for the customer's answer"),
    ANSWERED("The customer has answered"),
    /** The date passed with no answer; the officer who asked decides what to do. */
    NO_ANSWER("No answer by the date"),
    CARRIED_ON("No answer: carried on without it"),
    CLOSED_NO_ANSWER("No answer: closed as withdrawn"),
    /** The complaint was withdrawn while it waited. */
    CANCELLED("Cancelled: the complaint was withdrawn");

    private final String displayName;

    InformationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
