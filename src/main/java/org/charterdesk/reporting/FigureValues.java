package org.charterdesk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** How a report's figures are added up and written: sums of the database's counts, "3 of 4 (75.0%)", decimals. */
final class FigureValues {

    private FigureValues() {}

    static <T> long sum(List<T> counts, Predicate<T> test, ToLongFunction<T> count) {
        return counts.stream().filter(test).mapToLong(count).sum();
    }

    static Figure listed(String key, String section, String label, List<String> cases) {
        return new Figure(key, section, label, String.valueOf(cases.size()), cases);
    }

    /** "3 of 4 (75.0%)", or "0 of 0". */
    static String ofTotal(long part, long total) {
        return total == 0 ? "0 of 0" : part + " of " + total + " (" + decimal(part * 100.0 / total, 1) + "%)";
    }

    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
