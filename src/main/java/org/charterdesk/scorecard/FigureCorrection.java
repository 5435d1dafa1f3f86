package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A manager's correction of an approved figure: what it was, what it became, why, who and when. */
@Entity
public class FigureCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long figureId;
    private BigDecimal oldFigure;
    private BigDecimal newFigure;
    private String reason;
    private String madeBy;
    private Instant madeAt;

    protected FigureCorrection() {}

    FigureCorrection(Long figureId, BigDecimal oldFigure, BigDecimal newFigure, String reason, String by, Instant at) {
        this.figureId = figureId;
        this.oldFigure = oldFigure;
        this.newFigure = newFigure;
        this.reason = reason;
        this.madeBy = by;
        this.madeAt = at;
    }

    public BigDecimal getOldFigure() {
        return oldFigure;
    }

    public BigDecimal getNewFigure() {
        return newFigure;
    }

    public String getReason() {
        return reason;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}
