package org.charterdesk.actionplans;

/** Where a plan's actions come from. */
public enum PlanSource {
    SELF_ASSESSMENT("Customer Service Excellence self-assessment"),
    COMPLAINTS_LEARNING("Learning from complaints"),
    STRATEGY("Corporate strategy theme");

    private final String displayName;

    PlanSource(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
