package org.charterdesk.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.security.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * What the {@code scorecard-return} process asks, as {@code ${scorecardProcess.…}}: when periods end, opening the
 * returns of the month just ended (after working out the computed figures), who enters and who approves, when a
 * return is at risk and overdue, the warnings, locking approved figures, and the six-monthly review. Each hands
 * over to the scorecard's domain services.
 */
@Component("scorecardProcess")
public class ScorecardProcess {

    private final ScorecardReturns returns;
    private final ScorecardReviews reviews;
    private final ComputedFigures computed;
    private final ReturnWarnings warnings;
    private final ScorecardProperties properties;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final DueDates dueDates;

    ScorecardProcess(
            ScorecardReturns returns,
            ScorecardReviews reviews,
            ComputedFigures computed,
            ReturnWarnings warnings,
            ScorecardProperties properties,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            DueDates dueDates) {
        this.returns = returns;
        this.reviews = reviews;
        this.computed = computed;
        this.warnings = warnings;
        this.properties = properties;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.dueDates = dueDates;
    }

    /**
     * Works out the computed figures and opens the returns of the month just ended (or of the month whose last day
     * the process was started with as {@code periodEnd}, to open a period by hand); notes the month's last day.
     */
    public List<Long> openReturns(DelegateExecution execution) {
        YearMonth month = execution.getVariable("periodEnd") instanceof String given
                ? YearMonth.from(LocalDate.parse(given))
                : YearMonth.from(dueDates.today()).minusMonths(1);
        execution.setVariable("periodEnd", month.atEndOfMonth().toString());
        computed.workOut(month);
        return returns.open(month);
    }

    public String enterers(Long returnId) {
        String service = returns.find(returnId).getServiceCode();
        return StaffGroups.officers(service) + "," + StaffGroups.managers(service);
    }

    public String approvers(Long returnId) {
        return StaffGroups.managers(returns.find(returnId).getServiceCode());
    }

    /** The end of the day the figures are due. */
    public Date dueAt(Long returnId) {
        return endOf(returns.find(returnId).getDueOn());
    }

    /** The start of the working day, a set number before the due date, when the service is reminded. */
    public Date atRiskAt(Long returnId) {
        LocalDate due = returns.find(returnId).getDueOn();
        LocalDate day = calendar.subtractWorkingDays(due, properties.atRiskWorkingDays(), due.withDayOfMonth(1));
        return startOf(day);
    }

    /** The start of the day after the due date. */
    public Date overdueAt(Long returnId) {
        return startOf(returns.find(returnId).getDueOn().plusDays(1));
    }

    public void warnDueSoon(Long returnId) {
        warnings.dueSoon(returns.find(returnId));
    }

    public void warnOverdue(Long returnId) {
        warnings.overdue(returns.find(returnId));
    }

    public boolean approved(Long returnId) {
        return returns.find(returnId).getStatus() == ReturnStatus.APPROVED;
    }

    public void lock(Long returnId) {
        returns.lock(returnId);
    }

    /** Whether the period just closed ends a half year the customer focus group reviews. */
    public boolean reviewDue(String periodEnd) {
        return Frequency.endsHalfYear(YearMonth.from(LocalDate.parse(periodEnd)));
    }

    public Long openReview(String periodEnd) {
        return reviews.open(LocalDate.parse(periodEnd));
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(calendarProperties.zone()).toInstant());
    }

    private Date endOf(LocalDate day) {
        ZonedDateTime end = day.atTime(23, 59).atZone(calendarProperties.zone());
        return Date.from(end.toInstant());
    }
}
