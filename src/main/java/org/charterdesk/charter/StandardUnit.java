package org.charterdesk.charter;

public enum StandardUnit {
    WORKING_DAYS,
    MONTHS,
    /** A rule that is on (1) or off (0): "applies: true" or "applies: false" in the charter file. */
    RULE
}
