package org.charterdesk.scorecard;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How often a measure is reported: every month, or every quarter (April to June, July to September, ...). */
public enum Frequency {
    MONTHLY("monthly"),
    QUARTERLY("quarterly");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** Short month names, fixed (the JDK's UK short names change between versions: "Sep" or "Sept"). */
    private static final String[] SHORT = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private final String displayName;

    Frequency(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The first day of the period that ends on the last day of this month, or null if none of this kind ends then. */
    public LocalDate startOfPeriodEnding(YearMonth month) {
        if (this == MONTHLY) {
            return month.atDay(1);
        }
        return month.getMonthValue() % 3 == 0 ? month.minusMonths(2).atDay(1) : null;
    }

    /** The first day of the period a day falls in. */
    public LocalDate startOf(LocalDate day) {
        return this == MONTHLY ? day.withDayOfMonth(1) : day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** The last day of the period that starts on this day. */
    public LocalDate endOf(LocalDate start) {
        return (this == MONTHLY ? start.plusMonths(1) : start.plusMonths(3)).minusDays(1);
    }

    /** The period after the one that starts on this day. */
    public LocalDate next(LocalDate start) {
        return this == MONTHLY ? start.plusMonths(1) : start.plusMonths(3);
    }

    /** The period as a heading: "June 2029", or "Apr to Jun 2029". */
    public String label(LocalDate start) {
        if (this == MONTHLY) {
            return MONTH.format(start);
        }
        LocalDate end = endOf(start);
        return SHORT[start.getMonthValue() - 1] + " to " + SHORT[end.getMonthValue() - 1] + " " + end.getYear();
    }

    /** Whether a month closes the half year the customer focus group reviews (September and March). */
    public static boolean endsHalfYear(YearMonth month) {
        return month.getMonth() == Month.MARCH || month.getMonth() == Month.SEPTEMBER;
    }
}
