package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure's figure for one period as the scorecard shows it: the value in words ("87.5%", or "Not reported"), how
 * it stands against the target, the trend against the period before, the comment, and whether it is approved.
 */
public record ScorecardCell(
        Long figureId,
        LocalDate periodStart,
        BigDecimal figure,
        String value,
        Rag rag,
        String trend,
        String comment,
        boolean approved) {}
