package org.charterdesk.scorecard;

import java.time.LocalDate;

/**
 * A council-wide survey to import: its name, period and the people invited; the scales (one line per question:
 * code, wording, lowest answer, highest answer, lowest answer that counts as satisfied); and the responses file.
 */
public record SurveyImport(
        String name, LocalDate periodStart, LocalDate periodEnd, Integer invited, String scales, byte[] responses) {}
