package org.charterdesk.scorecard;

import java.math.BigDecimal;

/** A measure as screens and reports show it. */
public record MeasureSummary(
        Long id,
        String code,
        String name,
        String standardName,
        String serviceCode,
        Unit unit,
        BigDecimal target,
        boolean higherIsBetter,
        BigDecimal tolerance,
        Frequency frequency,
        Source source,
        String csvPeriodColumn,
        String csvValueColumn,
        String surveyQuestion,
        boolean published) {

    /** How a figure stands against the target. */
    public Rag rag(BigDecimal figure) {
        return Rag.of(figure, target, tolerance, higherIsBetter);
    }

    /** The target as a reader sees it: "at least 80%", "at most 5 days". */
    public String targetText() {
        return (higherIsBetter ? "at least " : "at most ") + unit.format(target);
    }
}
