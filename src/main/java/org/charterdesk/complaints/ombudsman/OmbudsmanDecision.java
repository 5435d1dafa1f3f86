package org.charterdesk.complaints.ombudsman;

/** What the ombudsman decided. */
public enum OmbudsmanDecision {
    NOT_UPHELD("Not upheld"),
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    SETTLED("Settled"),
    NOT_TAKEN_FORWARD("Not taken forward");

    private final String displayName;

    OmbudsmanDecision(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the ombudsman found against the council, in whole or in part (the uphold rate counts these). */
    public boolean upheld() {
        return this == UPHELD || this == PARTLY_UPHELD;
    }
}
