package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service's return of its figures for a period: opened by the engine when the period ends, entered by the
 * service's staff (figure, comment, evidence), sent for approval, approved or sent back with comments by a manager
 * of the service, and locked once approved.
 */
@Service
public class ScorecardReturns {

    private final ScorecardReturnRepository returns;
    private final MeasureFigureRepository figures;
    private final Measures measures;
    private final ScorecardSteps steps;
    private final TaskService tasks;
    private final WorkingDayCalendar calendar;
    private final ScorecardProperties properties;
    private final Charter charter;
    private final InputRules rules;
    private final AuditLog audit;
    private final Clock clock;

    ScorecardReturns(
            ScorecardReturnRepository returns,
            MeasureFigureRepository figures,
            Measures measures,
            ScorecardSteps steps,
            TaskService tasks,
            WorkingDayCalendar calendar,
            ScorecardProperties properties,
            Charter charter,
            InputRules rules,
            AuditLog audit,
            Clock clock) {
        this.returns = returns;
        this.figures = figures;
        this.measures = measures;
        this.steps = steps;
        this.tasks = tasks;
        this.calendar = calendar;
        this.properties = properties;
        this.charter = charter;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens (once) each owing service's return for the period that ended with this month; returns their ids. */
    @Transactional
    public List<Long> open(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate due = calendar.addWorkingDays(end, properties.returnWorkingDays());
        List<Long> ids = new ArrayList<>();
        for (String service : measures.servicesOwing(month)) {
            ids.add(returns.findByServiceCodeAndPeriodEnd(service, end)
                    .orElseGet(() -> returns.save(new ScorecardReturn(service, end, due)))
                    .getId());
        }
        return ids;
    }

    /** A service's return for the period ending on this day, if it is open or done. */
    @Transactional(readOnly = true)
    public Optional<ReturnSummary> find(String serviceCode, LocalDate periodEnd) {
        return returns.findByServiceCodeAndPeriodEnd(serviceCode, periodEnd).map(ReturnSummary::of);
    }

    @Transactional(readOnly = true)
    public ScorecardReturn find(Long returnId) {
        return returns.findById(returnId)
                .orElseThrow(() -> InvalidInputException.of("return", "There is no such return"));
    }

    /** The return as its page shows it, for a member of the service (or someone who sees the whole council). */
    @Transactional(readOnly = true)
    public ReturnForm form(StaffMember member, Long returnId) {
        ScorecardReturn r = find(returnId);
        checkSees(member, r);
        YearMonth month = YearMonth.from(r.getPeriodEnd());
        List<ReturnLine> lines = new ArrayList<>();
        for (Measure measure : measures.returnedBy(r.getServiceCode(), month)) {
            LocalDate start = measure.getFrequency().startOfPeriodEnding(month);
            lines.add(figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                    .map(f -> new ReturnLine(
                            measure.summary(), start, f.getFigure(), f.getComment(), f.getEvidence(), true))
                    .orElseGet(() -> new ReturnLine(measure.summary(), start, null, null, null, false)));
        }
        boolean mayEnter = steps.openStep(ScorecardSteps.ENTER, returnId)
                .filter(t -> steps.mayDo(t, member))
                .isPresent();
        boolean mayDecide = steps.openStep(ScorecardSteps.APPROVE, returnId)
                .filter(t -> steps.mayDo(t, member))
                .isPresent();
        String period = lines.isEmpty()
                ? Frequency.MONTHLY.label(month.atDay(1))
                : lines.get(0).measure().frequency().label(lines.get(0).periodStart());
        return new ReturnForm(
                ReturnSummary.of(r), charter.serviceName(r.getServiceCode()), period, lines, mayEnter, mayDecide);
    }

    /**
     * Saves the figures and sends them for approval: every measure needs a figure, or a comment saying why there is
     * none. Refused, with nothing saved, if any figure is missing without a reason or the step is not the member's.
     */
    @Transactional
    public void submit(StaffMember member, Long returnId, List<FigureInput> inputs) {
        Task task = steps.openStep(ScorecardSteps.ENTER, returnId).orElseThrow(StepNotFoundException::new);
        steps.take(task.getId(), member);
        ScorecardReturn r = returns.findWithLockById(returnId).orElseThrow();
        Map<Long, FigureInput> byMeasure = new HashMap<>();
        inputs.forEach(input -> byMeasure.put(input.measureId(), input));
        YearMonth month = YearMonth.from(r.getPeriodEnd());
        List<Measure> owed = measures.returnedBy(r.getServiceCode(), month);
        check(owed, byMeasure);
        for (Measure measure : owed) {
            FigureInput input = byMeasure.get(measure.getId());
            LocalDate start = measure.getFrequency().startOfPeriodEnding(month);
            MeasureFigure figure = figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                    .orElseGet(() -> new MeasureFigure(measure.getId(), start, r.getPeriodEnd()));
            figure.enter(
                    input.figure(),
                    InputRules.stripToNull(input.comment()),
                    InputRules.stripToNull(input.evidence()),
                    member.username(),
                    clock.instant());
            figures.save(figure);
        }
        r.submit(member.username());
        audit.recordChange(member.username(), null, "Sent the " + describe(r) + " for approval");
        tasks.complete(task.getId());
    }

    /** A manager of the service approves the figures (they are then locked) or sends them back with comments. */
    @Transactional
    public void decide(StaffMember manager, Long returnId, boolean approved, String comments) {
        Task task = steps.openStep(ScorecardSteps.APPROVE, returnId).orElseThrow(StepNotFoundException::new);
        steps.take(task.getId(), manager);
        ScorecardReturn r = returns.findWithLockById(returnId).orElseThrow();
        String words = InputRules.stripToNull(comments);
        if (!approved && words == null) {
            throw InvalidInputException.of("comments", "Say what must change before sending the figures back");
        }
        r.decide(approved, words, manager.username());
        audit.recordChange(
                manager.username(),
                null,
                (approved ? "Approved the " : "Sent back the ") + describe(r) + (words == null ? "" : ": " + words));
        tasks.complete(task.getId());
    }

    /** Locks every figure of an approved return. */
    @Transactional
    public void lock(Long returnId) {
        ScorecardReturn r = find(returnId);
        List<Long> ids = measures.returnedBy(r.getServiceCode(), YearMonth.from(r.getPeriodEnd())).stream()
                .map(Measure::getId)
                .toList();
        figures.findByMeasureIdInAndPeriodEnd(ids, r.getPeriodEnd()).forEach(MeasureFigure::lock);
    }

    String describe(ScorecardReturn r) {
        return charter.serviceName(r.getServiceCode()) + " figures for the period ending " + r.getPeriodEnd();
    }

    private void check(List<Measure> owed, Map<Long, FigureInput> byMeasure) {
        InputRules.Check check = rules.check(byMeasure.values().stream().toList());
        for (Measure measure : owed) {
            FigureInput input = byMeasure.get(measure.getId());
            BigDecimal figure = input == null ? null : input.figure();
            String comment = input == null ? null : InputRules.stripToNull(input.comment());
            String field = "figure-" + measure.getCode();
            check.rule(
                    figure == null && comment == null,
                    field,
                    "Give the figure, or say in the comment why it cannot be given");
            check.rule(
                    figure != null
                            && (figure.signum() < 0
                                    || measure.getUnit() == Unit.PERCENT
                                            && figure.compareTo(BigDecimal.valueOf(100)) > 0),
                    field,
                    measure.getUnit() == Unit.PERCENT
                            ? "A percentage is between 0 and 100"
                            : "The figure cannot be below zero");
            if (input != null) {
                check.text(field, input.comment()).text(field, input.evidence());
                check.rule(length(input.comment()) > 2000, field, "Keep the comment under 2,000 characters");
                check.rule(length(input.evidence()) > 2000, field, "Keep the evidence under 2,000 characters");
            }
        }
        check.orThrow();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private void checkSees(StaffMember member, ScorecardReturn r) {
        if (!Measures.seesCouncil(member)
                && !member.isManagerOf(r.getServiceCode())
                && !member.isOfficerOf(r.getServiceCode())) {
            throw new AccessDeniedException("You cannot see this service's figures");
        }
    }
}
