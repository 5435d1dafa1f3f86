package org.charterdesk.scorecard;

/** Where a measure's figures come from. */
public enum Source {
    /** Worked out by Charterdesk from its own complaint figures. */
    COMPUTED("worked out by Charterdesk"),
    /** Entered by the service for each period, with a comment. */
    ENTERED("entered by the service"),
    /** Imported from a CSV file (a telephony export, say) through the measure's saved column mapping. */
    IMPORTED("imported from a file"),
    /** Taken from a question of the council-wide satisfaction survey when a survey is imported. */
    SURVEY("taken from the council-wide survey");

    private final String displayName;

    /** Whether the owning service gives the figures in its return (entered or imported). */
    public boolean returnedByService() {
        return this == ENTERED || this == IMPORTED;
    }

    Source(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
