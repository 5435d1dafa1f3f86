package org.charterdesk.actionplans;

/** How an action is going. */
public enum ActionStatus {
    NOT_STARTED("Not started", true),
    ON_TRACK("On track", true),
    AT_RISK("At risk", true),
    COMPLETE("Complete", false),
    DROPPED("Dropped", false);

    private final String displayName;
    private final boolean open;

    ActionStatus(String displayName, boolean open) {
        this.displayName = displayName;
        this.open = open;
    }

    public String displayName() {
        return displayName;
    }

    /** Still to be done: it gets progress updates and can become overdue. */
    public boolean isOpen() {
        return open;
    }
}
