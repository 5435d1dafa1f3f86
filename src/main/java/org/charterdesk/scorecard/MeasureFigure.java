package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure's figure for one period, with the comment that explains it and, optionally, its evidence. A null figure
 * is a period the service says it could not report. Locked once its return is approved: after that only a manager
 * corrects it, with a reason (see {@link FigureCorrection}).
 */
@Entity
public class MeasureFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Long measureId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal figure;
    private String comment;
    private String evidence;
    private boolean locked;
    private String enteredBy;
    private Instant enteredAt;

    protected MeasureFigure() {}

    MeasureFigure(Long measureId, LocalDate periodStart, LocalDate periodEnd) {
        this.measureId = measureId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    void enter(BigDecimal figure, String comment, String evidence, String by, Instant at) {
        this.figure = figure;
        this.comment = comment;
        this.evidence = evidence;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    void correct(BigDecimal figure) {
        this.figure = figure;
    }

    void lock() {
        this.locked = true;
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public String getComment() {
        return comment;
    }

    public String getEvidence() {
        return evidence;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
