package org.charterdesk.scorecard;

import java.math.BigDecimal;

/** What a measure's figure counts in, with how a figure is written in that unit. */
public enum Unit {
    PERCENT("percentage", "%"),
    COUNT("count", ""),
    DAYS("days", " days"),
    MINUTES("minutes", " minutes"),
    SECONDS("seconds", " seconds");

    private final String displayName;
    private final String suffix;

    Unit(String displayName, String suffix) {
        this.displayName = displayName;
        this.suffix = suffix;
    }

    public String displayName() {
        return displayName;
    }

    /** The figure as a reader sees it: "87.5%", "12 days"; whole numbers without a decimal point. */
    public String format(BigDecimal figure) {
        return figure.stripTrailingZeros().toPlainString() + suffix;
    }
}
