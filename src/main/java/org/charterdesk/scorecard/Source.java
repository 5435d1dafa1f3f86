package org.charterdesk.scorecard;

/** Where a measure's figures come from. */
public enum Source {
    /** Worked out by Charterdesk from its own complaint figures. */
    COMPUTED("worked out by Charterdesk"),
    /** Entered by the service for each period, with a comment. */
    ENTERED("entered by the service"),
    /** Imported from a CSV file (a telephony export, say) through the measure's saved column mapping. */
    IMPORTED("imported from a file");

    private final String displayName;

    Source(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
