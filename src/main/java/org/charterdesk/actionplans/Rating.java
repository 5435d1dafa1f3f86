package org.charterdesk.actionplans;

/** How well a service meets an element of the standard, in the standard's own four grades. */
public enum Rating {
    COMPLIANCE_PLUS("Compliance plus", false),
    COMPLIANCE("Compliance", false),
    PARTIAL_COMPLIANCE("Partial compliance", true),
    NON_COMPLIANCE("Non-compliance", true);

    private final String displayName;
    private final boolean gap;

    Rating(String displayName, boolean gap) {
        this.displayName = displayName;
        this.gap = gap;
    }

    public String displayName() {
        return displayName;
    }

    /** Partial or non-compliance: something for the action plan. */
    public boolean isGap() {
        return gap;
    }
}
