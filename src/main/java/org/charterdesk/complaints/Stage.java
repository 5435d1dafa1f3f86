package org.charterdesk.complaints;

public enum Stage {
    STAGE_1("Stage 1", "Stage 1: frontline response"),
    STAGE_2("Stage 2", "Stage 2: investigation");

    private final String shortName;
    private final String displayName;

    Stage(String shortName, String displayName) {
        this.shortName = shortName;
        this.displayName = displayName;
    }

    public String shortName() {
        return shortName;
    }

    public String displayName() {
        return displayName;
    }
}
