package org.charterdesk.scorecard;

import java.time.LocalDate;
import java.util.List;

/** The scorecard for some periods of one frequency: the periods (first days, with their headings) and the rows. */
public record ScorecardGrid(
        Frequency frequency, List<LocalDate> periods, List<String> headings, List<ScorecardRow> rows) {}
