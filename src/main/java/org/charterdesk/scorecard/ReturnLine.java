package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure in a return: the measure, its period, and the figure entered so far (null if none). */
public record ReturnLine(
        MeasureSummary measure,
        LocalDate periodStart,
        BigDecimal figure,
        String comment,
        String evidence,
        boolean entered) {

    public Rag rag() {
        return measure.rag(figure);
    }
}
