package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.security.Actors;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures Charterdesk works out itself for its computed measures: each is read from the complaint report of the
 * measure's service (or the whole council) for the period, so the scorecard and the reports never disagree.
 */
@Service
public class ComputedFigures {

    /** Whom the figures are worked out as: the whole council, as the engine's own work. */
    private static final StaffMember COUNCIL =
            new StaffMember(Actors.SYSTEM, "Charterdesk", null, Set.of(), Set.of(), false, true, false);

    private static final Pattern SHARE = Pattern.compile("\\d+ of [1-9]\\d* \\(([\\d.]+)%\\)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ComplaintFigures complaints;
    private final Measures measures;
    private final MeasureFigureRepository figures;
    private final Clock clock;

    ComputedFigures(ComplaintFigures complaints, Measures measures, MeasureFigureRepository figures, Clock clock) {
        this.complaints = complaints;
        this.measures = measures;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * A computed figure for a service (or, with null, the whole council) for the period of this frequency starting
     * on this day, or null when there is none to give (no responses in the period, say).
     */
    @Transactional(readOnly = true)
    public BigDecimal figure(ComputedFigure kind, String serviceCode, Frequency frequency, LocalDate periodStart) {
        ReportPeriod period = new ReportPeriod(periodStart, frequency.endOf(periodStart));
        Report report = complaints.report(COUNCIL, period, serviceCode);
        return parse(report.value(kind.figureKey()));
    }

    /** Works out (again) every computed measure's figure for the periods ending this month, and locks it. */
    @Transactional
    public int workOut(YearMonth month) {
        int count = 0;
        for (Measure measure : measures.computedEnding(month)) {
            LocalDate start = measure.getFrequency().startOfPeriodEnding(month);
            MeasureFigure figure = figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                    .orElseGet(() -> new MeasureFigure(measure.getId(), start, month.atEndOfMonth()));
            BigDecimal value =
                    figure(measure.getComputedFigure(), measure.getServiceCode(), measure.getFrequency(), start);
            figure.enter(value, null, null, Actors.SYSTEM, clock.instant());
            figure.lock();
            figures.save(figure);
            count++;
        }
        return count;
    }

    /** "5 of 6 (83.3%)" is 83.3; "0 of 0", "None" and "Population not set" are no figure; a number is itself. */
    static BigDecimal parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher share = SHARE.matcher(value);
        if (share.matches()) {
            return new BigDecimal(share.group(1));
        }
        return NUMBER.matcher(value).matches() ? new BigDecimal(value) : null;
    }
}
