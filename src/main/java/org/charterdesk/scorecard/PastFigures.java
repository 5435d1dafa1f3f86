package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures a council had before it gathered them in Charterdesk (its last committee scorecards), recorded by an
 * administrator as approved history so the scorecard's trends start full. The demo's history is recorded so too.
 */
@Service
public class PastFigures {

    private final Measures measures;
    private final MeasureRepository measureRepository;
    private final MeasureFigureRepository figures;
    private final AuditLog audit;
    private final Clock clock;

    PastFigures(
            Measures measures,
            MeasureRepository measureRepository,
            MeasureFigureRepository figures,
            AuditLog audit,
            Clock clock) {
        this.measures = measures;
        this.measureRepository = measureRepository;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records (or replaces, while not locked) a measure's approved figure for a period that has ended. */
    @Transactional
    public void record(
            StaffMember admin, String measureCode, LocalDate periodStart, BigDecimal figure, String comment) {
        if (!admin.administrator()) {
            throw new AccessDeniedException("Only an administrator records past figures");
        }
        Measure measure = measureRepository
                .findByCode(measureCode)
                .orElseThrow(() -> InvalidInputException.of("measure", "There is no measure '" + measureCode + "'"));
        LocalDate start = measure.getFrequency().startOf(periodStart);
        MeasureFigure f = figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                .orElseGet(() -> new MeasureFigure(
                        measure.getId(), start, measure.getFrequency().endOf(start)));
        if (f.isLocked()) {
            throw InvalidInputException.of("figure", "That period's figure is approved already: correct it instead");
        }
        f.enter(figure, comment, null, admin.username(), clock.instant());
        f.lock();
        figures.save(f);
        audit.recordChange(
                admin.username(),
                null,
                "Recorded the past figure of '" + measure.getName() + "' for "
                        + measure.getFrequency().label(start) + ": " + figure);
    }

    /** The measure's id, for callers that know its code. */
    @Transactional(readOnly = true)
    public Long idOf(String measureCode) {
        return measures.all().stream()
                .filter(m -> m.getCode().equals(measureCode))
                .findFirst()
                .map(Measure::getId)
                .orElseThrow();
    }
}
