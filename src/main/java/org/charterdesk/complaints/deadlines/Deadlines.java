package org.charterdesk.complaints.deadlines;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.ComplaintStep;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter deadlines of cases, counted in working days with the council's calendar and the timescales the
 * case was received under.
 */
@NamedInterface("deadlines")
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Deadlines {

    private final CaseDeadlineRepository repository;
    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final Clock clock;

    public Deadlines(
            CaseDeadlineRepository repository,
            EntityManager entityManager,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            Clock clock) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.clock = clock;
    }

    /**
     * Starts a deadline's clock on {@code startsOn} (or the next working day), counted as day 0 or day 1 as the
     * council counts the day of receipt ({@code charterdesk.calendar.receipt-day}).
     */
    public CaseDeadline open(CaseFile caseFile, DeadlineKind kind, LocalDate startsOn) {
        Optional<CaseDeadline> existing = find(caseFile, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        int workingDays = caseFile.getTimescales().amount(kind.step());
        LocalDate dueOn = calendarProperties.receiptDay().dueOn(calendar, startsOn, workingDays);
        CaseDeadline deadline = repository.save(
                new CaseDeadline(caseFile, kind, startsOn, workingDays, dueOn, atRiskOn(caseFile, startsOn, dueOn)));
        caseFile.deadlineOpened(deadline);
        refreshFlag(caseFile);
        return deadline;
    }

    public void complete(CaseFile caseFile, DeadlineKind kind) {
        find(caseFile, kind).filter(CaseDeadline::isOpen).ifPresent(d -> d.complete(today()));
        refreshFlag(caseFile);
    }

    public void withdraw(CaseFile caseFile, DeadlineKind kind) {
        find(caseFile, kind).filter(CaseDeadline::isOpen).ifPresent(CaseDeadline::withdraw);
        refreshFlag(caseFile);
    }

    /** Working days of extension still allowed by the charter standard the case was received under. */
    public int extensionAllowance(CaseFile caseFile, DeadlineKind kind) {
        if (!kind.extendable()) {
            return 0;
        }
        int limit = caseFile.getTimescales().amount(kind.extensionStep());
        return Math.max(
                0,
                limit - find(caseFile, kind).map(CaseDeadline::getExtensionDays).orElse(0));
    }

    /** Moves an open deadline on by {@code extraDays} working days, within the charter's limit. */
    public CaseDeadline extend(CaseFile caseFile, DeadlineKind kind, int extraDays) {
        CaseDeadline deadline = find(caseFile, kind)
                .filter(CaseDeadline::isOpen)
                .orElseThrow(() -> new DeadlineChangedException(
                        "The " + kind.displayName().toLowerCase() + " is not open, so it cannot be extended"));
        checkExtension(caseFile, kind, extraDays);
        LocalDate newDueOn = calendar.addWorkingDays(deadline.getDueOn(), extraDays);
        deadline.extend(extraDays, newDueOn, atRiskOn(caseFile, deadline.getStartsOn(), newDueOn));
        refreshFlag(caseFile);
        return deadline;
    }

    /**
     * Moves an open deadline on by the working days its clock stood still while the case waited for the customer;
     * the deadline as it now stands, or empty if it is not open.
     */
    public Optional<CaseDeadline> pause(CaseFile caseFile, DeadlineKind kind, int daysWaited) {
        Optional<CaseDeadline> open = find(caseFile, kind).filter(CaseDeadline::isOpen);
        open.filter(deadline -> daysWaited > 0).ifPresent(deadline -> {
            LocalDate newDueOn = calendar.addWorkingDays(deadline.getDueOn(), daysWaited);
            deadline.pause(daysWaited, newDueOn, atRiskOn(caseFile, deadline.getStartsOn(), newDueOn));
            refreshFlag(caseFile);
        });
        return open;
    }

    /**
     * The open deadlines a new closure day on {@code day} falls inside, once the day is in the calendar: each is then
     * moved on by a working day with {@link #moveForClosure}.
     */
    public List<CaseDeadline> openAcross(LocalDate day) {
        return repository.findOpenAcross(day, DeadlineStatus.OPEN);
    }

    /** How many cases have an open deadline that a closure day on {@code day} would fall inside. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long casesOpenAcross(LocalDate day) {
        return repository.countCasesOpenAcross(day, DeadlineStatus.OPEN);
    }

    /**
     * Moves an open deadline on by the working day the council's new closure day took out of it (the calendar must
     * already have the closure day); the date it was due by before.
     */
    public LocalDate moveForClosure(CaseDeadline deadline) {
        LocalDate before = deadline.getDueOn();
        LocalDate newDueOn = calendar.addWorkingDays(before, 1);
        CaseFile caseFile = deadline.getCaseFile();
        deadline.moveForClosure(newDueOn, atRiskOn(caseFile, deadline.getStartsOn(), newDueOn));
        refreshFlag(caseFile);
        return before;
    }

    /** Working days from one date to a later one, as the council's calendar counts them. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** The date {@code workingDays} working days after today. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate workingDaysFromToday(int workingDays) {
        return calendar.addWorkingDays(today(), workingDays);
    }

    /** Checks an extension request against the charter's limit, before anyone approves it. */
    public void checkExtension(CaseFile caseFile, DeadlineKind kind, int extraDays) {
        if (extraDays < 1) {
            throw new DeadlineChangedException("An extension must be at least 1 working day");
        }
        int allowance = extensionAllowance(caseFile, kind);
        if (extraDays > allowance) {
            throw new DeadlineChangedException("The charter allows at most " + allowance + " more working days for the "
                    + kind.displayName().toLowerCase());
        }
    }

    /**
     * Records the at-risk warning once per due date; false when there is nothing new to warn about, including
     * when the deadline has already passed (the breach says that).
     */
    public boolean warnAtRisk(CaseDeadline deadline) {
        LocalDate today = today();
        if (today.isBefore(deadline.getAtRiskOn())
                || today.isAfter(deadline.getDueOn())
                || !deadline.warnAtRisk(clock.instant())) {
            return false;
        }
        refreshFlag(deadline.getCaseFile());
        return true;
    }

    /** Records the breach once per due date, and only once the due date has passed. */
    public boolean breach(CaseDeadline deadline) {
        if (!today().isAfter(deadline.getDueOn()) || !deadline.breach(clock.instant())) {
            return false;
        }
        refreshFlag(deadline.getCaseFile());
        return true;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CaseDeadline> find(CaseFile caseFile, DeadlineKind kind) {
        if (!entityManager.contains(caseFile)) {
            return repository.findByCaseFileIdAndKind(caseFile.getId(), kind);
        }
        return caseFile.deadlinesKnown().stream()
                .filter(d -> d.getKind() == kind)
                .findFirst();
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDeadline get(CaseFile caseFile, DeadlineKind kind) {
        return find(caseFile, kind)
                .orElseThrow(() -> new IllegalStateException("Case " + caseFile.getReference() + " has no "
                        + kind.displayName().toLowerCase() + " deadline"));
    }

    /** The deadline a step of the case is due by (triage: the first open stage 1 deadline). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CaseDeadline forStep(CaseFile caseFile, ComplaintStep step) {
        return step.deadline()
                .map(kind -> get(caseFile, kind))
                .orElseGet(() -> find(caseFile, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT)
                        .filter(CaseDeadline::isOpen)
                        .orElseGet(() -> get(caseFile, DeadlineKind.STAGE_1_RESPONSE)));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CaseDeadline> of(CaseFile caseFile) {
        // A case read in this transaction reads its deadlines once (receiving a complaint asked for them ten times).
        return entityManager.contains(caseFile)
                ? List.copyOf(caseFile.deadlinesKnown())
                : repository.findByCaseFileIdOrderByIdAsc(caseFile.getId());
    }

    /** The open deadline that falls due first, if any. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CaseDeadline> next(CaseFile caseFile) {
        return of(caseFile).stream().filter(CaseDeadline::isOpen).min(Comparator.comparing(CaseDeadline::getDueOn));
    }

    /** Working days from today to the due date: negative once overdue. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int workingDaysLeft(CaseDeadline deadline) {
        return calendar.workingDaysBetween(today(), deadline.getDueOn());
    }

    /** When the at-risk warning is due: the warning time on the at-risk day. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Instant atRiskTime(CaseDeadline deadline) {
        return ZonedDateTime.of(
                        deadline.getAtRiskOn(), calendarProperties.atRiskWarningTime(), calendarProperties.zone())
                .toInstant();
    }

    /** When a step on the deadline is due: the last minute of the day it is due. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Instant stepDueTime(CaseDeadline deadline) {
        return breachTime(deadline).minus(1, ChronoUnit.MINUTES);
    }

    /** When the deadline is broken: the first moment of the day after the due date. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Instant breachTime(CaseDeadline deadline) {
        return deadline.getDueOn()
                .plusDays(1)
                .atStartOfDay(calendarProperties.zone())
                .toInstant();
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendarProperties.zone()));
    }

    private LocalDate atRiskOn(CaseFile caseFile, LocalDate startsOn, LocalDate dueOn) {
        return calendar.subtractWorkingDays(dueOn, caseFile.getTimescales().atRiskDays(), calendar.dayZero(startsOn));
    }

    private void refreshFlag(CaseFile caseFile) {
        LocalDate today = today();
        CharterFlag flag = of(caseFile).stream()
                .filter(CaseDeadline::isOpen)
                .map(d -> d.flagOn(today))
                .max(Comparator.naturalOrder())
                .orElse(CharterFlag.ON_TRACK);
        caseFile.setCharterFlag(flag);
    }
}
