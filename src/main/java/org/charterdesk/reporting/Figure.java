package org.charterdesk.reporting;

import java.util.List;

/**
 * One figure of a report: its key, the section and words it is shown under, its value as shown, and the cases it
 * was computed from (the list a click on it opens), so that a figure always agrees with its list.
 */
public record Figure(String key, String section, String label, String value, List<String> cases) {

    public Figure {
        cases = List.copyOf(cases);
    }
}
