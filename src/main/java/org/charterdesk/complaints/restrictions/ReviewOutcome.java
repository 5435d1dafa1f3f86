package org.charterdesk.complaints.restrictions;

/** What a manager decides at a restriction's review. */
public enum ReviewOutcome {
    EXTEND("Keep it, to a new review date"),
    VARY("Change what it restricts, to a new review date"),
    LIFT("Lift it");

    private final String displayName;

    ReviewOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
