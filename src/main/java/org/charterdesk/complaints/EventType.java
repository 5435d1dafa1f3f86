package org.charterdesk.complaints;

import java.util.Locale;

/** The kinds of entry on a case's timeline. */
public enum EventType {
    RECEIVED,
    TRIAGED,
    ROUTED,
    NOT_A_COMPLAINT,
    STAGE_STARTED,
    ACKNOWLEDGED,
    POINTS_AGREED,
    TASK_CLAIMED,
    TASK_RELEASED,
    TASK_REASSIGNED,
    CUSTOMER_CONTACTED,
    NOTE_ADDED,
    FILE_ATTACHED,
    FURTHER_CONTACT,
    INFORMATION_REQUESTED,
    CUSTOMER_ANSWERED,
    NO_ANSWER,
    CLOCK_RESTARTED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_DECLINED,
    DEADLINE_MOVED,
    AT_RISK,
    BREACHED,
    RESPONSE_DRAFTED,
    RESPONSE_SENT_BACK,
    RESPONSE_SIGNED_OFF,
    DECISION_SENT,
    APOLOGY_GIVEN,
    CLOSED,
    ESCALATION_REQUESTED,
    ESCALATION_APPROVED,
    ESCALATION_DECLINED,
    ESCALATION_WINDOW_CLOSED,
    WITHDRAWN,
    OMBUDSMAN,
    RECOMMENDATION,
    RESTRICTION;

    /** The kind of change in words, e.g. "Escalation requested". */
    public String displayName() {
        String words = name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
