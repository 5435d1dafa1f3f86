package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.PromiseRef;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter scorecard: measures as rows, periods as columns, each cell with its value, target status in words,
 * trend and comment. Managers see their services' measures (and the council's), the corporate lead and
 * administrators every measure; the public page shows only published measures' approved figures.
 */
@Service
public class Scorecard {

    private final Measures measures;
    private final MeasureFigureRepository figures;
    private final Charter charter;
    private final DueDates dueDates;
    private final ComplaintFigures complaints;

    Scorecard(
            Measures measures,
            MeasureFigureRepository figures,
            Charter charter,
            DueDates dueDates,
            ComplaintFigures complaints) {
        this.complaints = complaints;
        this.measures = measures;
        this.figures = figures;
        this.charter = charter;
        this.dueDates = dueDates;
    }

    /** The last {@code count} periods that have ended, of a frequency, oldest first. */
    public List<LocalDate> lastPeriods(Frequency frequency, int count) {
        LocalDate start = frequency.startOf(dueDates.today());
        List<LocalDate> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            start = frequency.startOf(start.minusDays(1));
            periods.add(0, start);
        }
        return periods;
    }

    /** The scorecard a member may see, for the periods given (first days, oldest first). */
    @Transactional(readOnly = true)
    public ScorecardGrid grid(StaffMember member, Frequency frequency, List<LocalDate> periods) {
        ScorecardGrid grid = grid(measures.visibleTo(member), frequency, periods, false);
        if (periods.isEmpty() || grid.rows().isEmpty()) {
            return grid;
        }
        Map<Long, List<String>> broken = complaints.promisesNotKept(
                member, new ReportPeriod(periods.get(0), frequency.endOf(periods.get(periods.size() - 1))));
        // Each service's promises are read once for the grid, not once for each row.
        Map<String, List<PromiseRef>> promises = new HashMap<>();
        List<ScorecardRow> rows = grid.rows().stream()
                .map(row -> new ScorecardRow(
                        row.measure(),
                        row.serviceName(),
                        row.cells(),
                        promises
                                .computeIfAbsent(
                                        String.valueOf(row.measure().serviceCode()),
                                        code -> charter.promisesOf(row.measure().serviceCode()))
                                .stream()
                                .filter(p -> p.name().equals(row.measure().standardName()))
                                .findFirst()
                                .map(p -> broken.getOrDefault(p.lineageId(), List.of()))
                                .orElse(List.of())))
                .toList();
        return new ScorecardGrid(grid.frequency(), grid.periods(), grid.headings(), rows);
    }

    /** The published measures with their approved figures only, for the public page. */
    @Transactional(readOnly = true)
    public ScorecardGrid published(Frequency frequency, List<LocalDate> periods) {
        List<Measure> shown =
                measures.all().stream().filter(Measure::isPublished).toList();
        return grid(shown, frequency, periods, true);
    }

    /** One measure's figures over the periods given, for its history. */
    @Transactional(readOnly = true)
    public ScorecardRow history(StaffMember member, Long measureId, List<LocalDate> periods) {
        Measure measure = measures.find(measureId);
        if (!Measures.maySee(member, measure)) {
            throw new AccessDeniedException("You cannot see this measure");
        }
        return grid(List.of(measure), measure.getFrequency(), periods, false)
                .rows()
                .get(0);
    }

    private ScorecardGrid grid(
            List<Measure> candidates, Frequency frequency, List<LocalDate> periods, boolean approvedOnly) {
        List<Measure> shown =
                candidates.stream().filter(m -> m.getFrequency() == frequency).toList();
        Map<String, MeasureFigure> byKey = new HashMap<>();
        if (!shown.isEmpty() && !periods.isEmpty()) {
            LocalDate before = frequency.startOf(periods.get(0).minusDays(1));
            figures
                    .findByMeasureIdInAndPeriodStartBetween(
                            shown.stream().map(Measure::getId).toList(), before, periods.get(periods.size() - 1))
                    .stream()
                    .filter(f -> !approvedOnly || f.isLocked())
                    .forEach(f -> byKey.put(f.getMeasureId() + "/" + f.getPeriodStart(), f));
        }
        List<ScorecardRow> rows = new ArrayList<>();
        for (Measure measure : shown) {
            List<ScorecardCell> cells = new ArrayList<>();
            for (LocalDate period : periods) {
                MeasureFigure f = byKey.get(measure.getId() + "/" + period);
                MeasureFigure previous = byKey.get(measure.getId() + "/" + frequency.startOf(period.minusDays(1)));
                cells.add(cell(measure, period, f, previous));
            }
            rows.add(new ScorecardRow(measure.summary(), serviceName(measure), cells, List.of()));
        }
        List<String> headings = periods.stream().map(frequency::label).toList();
        return new ScorecardGrid(frequency, periods, headings, rows);
    }

    static ScorecardCell cell(Measure measure, LocalDate period, MeasureFigure f, MeasureFigure previous) {
        BigDecimal figure = f == null ? null : f.getFigure();
        String value =
                figure == null ? Rag.NOT_REPORTED.words() : measure.getUnit().format(figure);
        return new ScorecardCell(
                f == null ? null : f.getId(),
                period,
                figure,
                value,
                measure.rag(figure),
                trend(measure, figure, previous == null ? null : previous.getFigure()),
                f == null ? null : f.getComment(),
                f != null && f.isLocked());
    }

    /** "Better", "Worse" or "No change" against the period before, by which way is better; empty without both. */
    static String trend(Measure measure, BigDecimal figure, BigDecimal before) {
        if (figure == null || before == null) {
            return "";
        }
        int change = figure.compareTo(before) * (measure.isHigherIsBetter() ? 1 : -1);
        return change > 0 ? "Better" : change < 0 ? "Worse" : "No change";
    }

    public String serviceName(Measure measure) {
        return measure.getServiceCode() == null ? "The whole council" : charter.serviceName(measure.getServiceCode());
    }
}
