package org.charterdesk.complaints.ombudsman;

/** How an ombudsman counts the days of its deadline. */
public enum DayBasis {
    WORKING_DAYS("working days"),
    CALENDAR_DAYS("calendar days");

    private final String displayName;

    DayBasis(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
