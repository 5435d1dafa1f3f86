package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Correcting an approved figure: a manager of the measure's service, with a reason, kept with the figure. */
@Service
public class FigureCorrections {

    private final MeasureFigureRepository figures;
    private final FigureCorrectionRepository corrections;
    private final Measures measures;
    private final InputRules rules;
    private final AuditLog audit;
    private final Clock clock;

    FigureCorrections(
            MeasureFigureRepository figures,
            FigureCorrectionRepository corrections,
            Measures measures,
            InputRules rules,
            AuditLog audit,
            Clock clock) {
        this.figures = figures;
        this.corrections = corrections;
        this.measures = measures;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the member may correct this measure's approved figures. */
    public static boolean mayCorrect(StaffMember member, MeasureSummary measure) {
        return measure.serviceCode() == null
                ? member.administrator() || member.corporateLead()
                : member.isManagerOf(measure.serviceCode());
    }

    @Transactional
    public void correct(StaffMember member, Long figureId, BigDecimal newFigure, String reason) {
        MeasureFigure figure = figures.findWithLockById(figureId)
                .orElseThrow(() -> InvalidInputException.of("figure", "There is no such figure"));
        Measure measure = measures.find(figure.getMeasureId());
        if (!mayCorrect(member, measure.summary())) {
            throw new AccessDeniedException("Only a manager of the service can correct an approved figure");
        }
        String why = InputRules.stripToNull(reason);
        rules.check(reason)
                .rule(!figure.isLocked(), "figure", "This figure is not approved yet: change it in its return")
                .rule(newFigure == null, "figure", "Give the corrected figure")
                .rule(newFigure != null && newFigure.signum() < 0, "figure", "The figure cannot be below zero")
                .rule(why == null, "reason", "Say why the figure is corrected")
                .rule(why != null && why.length() > 2000, "reason", "Keep the reason under 2,000 characters")
                .text("reason", reason)
                .orThrow();
        corrections.save(
                new FigureCorrection(figureId, figure.getFigure(), newFigure, why, member.username(), clock.instant()));
        audit.recordChange(
                member.username(),
                null,
                "Corrected '" + measure.getName() + "' for "
                        + measure.getFrequency().label(figure.getPeriodStart()) + " from " + figure.getFigure() + " to "
                        + newFigure + ": " + why);
        figure.correct(newFigure);
    }

    @Transactional(readOnly = true)
    public List<Correction> of(Long figureId) {
        return corrections.findByFigureIdOrderByMadeAtAsc(figureId).stream()
                .map(Correction::of)
                .toList();
    }
}
