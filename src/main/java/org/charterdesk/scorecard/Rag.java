package org.charterdesk.scorecard;

import java.math.BigDecimal;

/** How a figure stands against its measure's target, always said in words as well as shown in colour. */
public enum Rag {
    GREEN("On target"),
    AMBER("Close to target"),
    RED("Off target"),
    NOT_REPORTED("Not reported");

    private final String words;

    Rag(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * Green when the figure meets the target; amber when it misses by no more than the tolerance; red beyond that.
     * Which side of the target counts as meeting it depends on whether higher or lower is better.
     */
    public static Rag of(BigDecimal figure, BigDecimal target, BigDecimal tolerance, boolean higherIsBetter) {
        if (figure == null) {
            return NOT_REPORTED;
        }
        BigDecimal shortfall = higherIsBetter ? target.subtract(figure) : figure.subtract(target);
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        return shortfall.compareTo(tolerance) <= 0 ? AMBER : RED;
    }
}
