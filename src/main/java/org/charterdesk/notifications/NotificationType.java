package org.charterdesk.notifications;

/** Why a notification is sent. */
public enum NotificationType {
    COMPLAINT_RECEIVED,
    NOT_A_COMPLAINT,
    STAGE_2_STARTED,
    STAGE_2_ACKNOWLEDGED,
    STEP_AT_RISK,
    STEP_BREACHED,
    EXTENSION_APPROVED,
    INFORMATION_REQUESTED,
    OMBUDSMAN_REQUEST,
    RECOMMENDATION_OVERDUE,
    CONTACT_RESTRICTION,
    ESCALATION_DECLINED,
    DECISION,
    CASE_CLOSED,
    MANAGER_DIGEST,
    ACTION_OVERDUE,
    /** A manager gave a step to a member of staff. */
    STEP_ASSIGNED,
    /** A manager decided something a member of staff asked for: more time, a sign-off, a plan's approval. */
    REQUEST_DECIDED,
    /** An administrator reset a member of staff's password: the one-time link to choose a new one. */
    PASSWORD_RESET,
    /** A service's figures for the scorecard are due soon. */
    FIGURES_DUE_SOON,
    /** A service's figures for the scorecard are overdue. */
    FIGURES_OVERDUE
}
