package org.charterdesk.reporting;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One figure of a report: its key, the section and words it is shown under, its value as shown, and the cases it
 * counts (the list a click on it opens). The value is counted by the database; the list is read only when asked
 * for, by the same test the count applies, so that a figure always agrees with its list.
 */
public final class Figure {

    private final String key;
    private final String section;
    private final String label;
    private final String value;
    private final Supplier<List<String>> cases;

    /** A figure whose cases are read when they are asked for. */
    public Figure(String key, String section, String label, String value, Supplier<List<String>> cases) {
        this.key = key;
        this.section = section;
        this.label = label;
        this.value = value;
        this.cases = cases;
    }

    /** A figure whose few cases are known already. */
    public Figure(String key, String section, String label, String value, List<String> cases) {
        this(key, section, label, value, listOf(cases));
    }

    private static Supplier<List<String>> listOf(List<String> cases) {
        List<String> copy = List.copyOf(cases);
        return () -> copy;
    }

    public String key() {
        return key;
    }

    public String section() {
        return section;
    }

    public String label() {
        return label;
    }

    public String value() {
        return value;
    }

    /**
     * The references of the cases the figure counts, in order, each once. Read from the database on each call (a
     * year's figure at a large council lists 200,000 cases): keep the list while it is shown, not with the report.
     */
    public List<String> cases() {
        return cases.get();
    }

    /**
     * Two figures are equal when they show the same: the same key, section, words and value. Their lists are read
     * from the database when asked for, so they are not compared here.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Figure that
                && key.equals(that.key)
                && section.equals(that.section)
                && label.equals(that.label)
                && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, section, label, value);
    }

    @Override
    public String toString() {
        return "Figure[key=" + key + ", section=" + section + ", label=" + label + ", value=" + value + "]";
    }
}
