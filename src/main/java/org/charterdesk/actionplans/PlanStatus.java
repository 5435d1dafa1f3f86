package org.charterdesk.actionplans;

/** Where a plan is in its approval and life. */
public enum PlanStatus {
    DRAFT("Draft"),
    IN_REVIEW("Waiting for approval"),
    SENT_BACK("Sent back with comments"),
    APPROVED("Approved and active"),
    FINISHED("Finished");

    private final String displayName;

    PlanStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
