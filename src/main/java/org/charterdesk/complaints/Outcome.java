package org.charterdesk.complaints;

/** The decision on a complaint at either stage. */
public enum Outcome {
    UPHELD("Upheld"),
    PARTIALLY_UPHELD("Partially upheld"),
    NOT_UPHELD("Not upheld"),
    RESOLVED("Resolved");

    private final String displayName;

    Outcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Where the council got it wrong in whole or in part, the customer is owed an apology. */
    public boolean needsApology() {
        return this == UPHELD || this == PARTIALLY_UPHELD;
    }
}
