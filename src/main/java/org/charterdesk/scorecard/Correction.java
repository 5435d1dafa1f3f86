package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

/** A correction of an approved figure as screens show it. */
public record Correction(BigDecimal oldFigure, BigDecimal newFigure, String reason, String madeBy, Instant madeAt) {

    static Correction of(FigureCorrection c) {
        return new Correction(c.getOldFigure(), c.getNewFigure(), c.getReason(), c.getMadeBy(), c.getMadeAt());
    }
}
