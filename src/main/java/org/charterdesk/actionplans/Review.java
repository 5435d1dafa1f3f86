package org.charterdesk.actionplans;

/** Where an assessment sits in the standard's three-year cycle. */
public enum Review {
    INITIAL("First assessment"),
    TWELVE_MONTH("12-month review"),
    TWENTY_FOUR_MONTH("24-month review");

    private final String displayName;

    Review(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
