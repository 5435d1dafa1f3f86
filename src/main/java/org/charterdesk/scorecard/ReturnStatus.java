package org.charterdesk.scorecard;

/** Where a service's return of its figures for a period stands. */
public enum ReturnStatus {
    AWAITED("Waiting for the figures"),
    SUBMITTED("Waiting for the manager's approval"),
    SENT_BACK("Sent back with comments"),
    APPROVED("Approved");

    private final String displayName;

    ReturnStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
