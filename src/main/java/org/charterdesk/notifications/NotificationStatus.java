package org.charterdesk.notifications;

/** Where a notification is on its way to the person it is for. */
public enum NotificationStatus {
    /** Written with the step that caused it, waiting to be sent (or to be tried again after a failure). */
    PENDING("Waiting to be sent"),
    /** Taken by a node that is sending it now; if that node dies, the lease runs out and another node tries. */
    SENDING("Sending"),
    SENT("Sent"),
    /** Kept failing: an administrator should look at it and retry it. Never dropped. */
    FAILED("Failed"),
    /** The customer asked to be contacted by post or phone: a member of staff must do it. */
    TO_CONTACT("Staff to contact the customer"),
    /** A member of staff wrote to or phoned the customer. */
    CONTACTED("Customer contacted");

    private final String displayName;

    NotificationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
