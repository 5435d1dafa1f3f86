package org.charterdesk.complaints;

/** How a case stands against its charter deadlines. */
public enum CharterFlag {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OVERDUE("Overdue");

    private final String displayName;

    CharterFlag(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
