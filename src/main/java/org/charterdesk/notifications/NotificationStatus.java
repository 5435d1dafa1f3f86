package org.charterdesk.notifications;

public enum NotificationStatus {
    /** Written with the step that caused it, waiting to be sent. */
    PENDING
}
