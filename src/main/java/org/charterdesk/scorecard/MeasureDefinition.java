package org.charterdesk.scorecard;

import java.math.BigDecimal;

/** A measure as the charter file (or an administrator) defines it. */
public record MeasureDefinition(
        String code,
        String name,
        String standard,
        String service,
        Unit unit,
        BigDecimal target,
        boolean higherIsBetter,
        BigDecimal tolerance,
        Frequency frequency,
        Source source,
        ComputedFigure computed,
        String csvPeriodColumn,
        String csvValueColumn,
        String surveyQuestion,
        boolean published) {}
