package org.charterdesk.tasklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.scorecard.ReviewSummary;
import org.charterdesk.scorecard.ScorecardProperties;
import org.charterdesk.scorecard.ScorecardReturn;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardReviews;
import org.charterdesk.scorecard.ScorecardSteps;
import org.charterdesk.security.StaffGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The task lists' rows for the steps of the {@code scorecard-return} process: a service's figures to enter and
 * approve (due when the return is), and the customer focus group's six-monthly review (due a return's time after
 * it opens). Each row leads to the page where the step is done.
 */
@Component
class ScorecardStepProjection {

    /** The "service" of the focus group's review, which is the whole council's. */
    static final String COUNCIL = "council";

    private final TaskListEntryRepository entries;
    private final ScorecardReturns returns;
    private final ScorecardReviews reviews;
    private final Charter charter;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final ScorecardProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScorecardStepProjection(
            TaskListEntryRepository entries,
            ScorecardReturns returns,
            ScorecardReviews reviews,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            ScorecardProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.returns = returns;
        this.reviews = reviews;
        this.charter = charter;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    void onTaskEvent(DelegateTask task) {
        if (!TaskListProjection.TRACKED.contains(task.getEventName())) {
            return;
        }
        Object returnId = task.getVariable("returnId");
        Object reviewId = task.getVariable("reviewId");
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE ->
                entries.save(entry(
                        task.getId(),
                        task.getTaskDefinitionKey(),
                        task.getName(),
                        task.getAssignee(),
                        TaskListProjection.teams(task.getCandidates()),
                        ScorecardSteps.REVIEW.equals(task.getTaskDefinitionKey()) ? null : (Long) returnId,
                        reviewId instanceof Long id ? id : null,
                        LocalDate.now(clock.withZone(calendarProperties.zone()))));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                entries.findById(task.getId()).ifPresent(entry -> entry.setAssignee(task.getAssignee()));
            default -> entries.findById(task.getId()).ifPresent(entries::delete);
        }
        events.publishEvent(new TaskListChanged(
                returnId instanceof Long id ? returns.find(id).getServiceCode() : COUNCIL, null));
    }

    /** The row of an open step, when it opens or when the lists are rebuilt ({@code openedOn} is then its day). */
    TaskListEntry entry(
            String taskId,
            String key,
            String name,
            String assignee,
            Set<String> teams,
            Long returnId,
            Long reviewId,
            LocalDate openedOn) {
        TaskListEntry entry;
        LocalDate due;
        if (returnId != null) {
            ScorecardReturn r = returns.find(returnId);
            String service = charter.serviceName(r.getServiceCode());
            entry = TaskListEntry.forSubject(
                    taskId,
                    ScorecardSteps.PROCESS,
                    "FIGURES-" + returnId,
                    "scorecard/returns/" + returnId,
                    key,
                    name,
                    r.getServiceCode(),
                    service,
                    service + " figures for the period ending " + r.getPeriodEnd(),
                    openedOn,
                    clock.instant());
            due = r.getDueOn();
        } else {
            ReviewSummary review = reviews.find(reviewId);
            entry = TaskListEntry.forSubject(
                    taskId,
                    ScorecardSteps.PROCESS,
                    "REVIEW-" + reviewId,
                    "scorecard/reviews/" + reviewId,
                    key,
                    name,
                    COUNCIL,
                    "The whole council",
                    "The scorecard for the half year ending " + review.halfYearEnd(),
                    openedOn,
                    clock.instant());
            due = calendar.addWorkingDays(calendar.dayZero(openedOn), properties.returnWorkingDays());
        }
        entry.dueBy(calendar.subtractWorkingDays(due, properties.atRiskWorkingDays(), openedOn), due);
        entry.setAssignee(assignee);
        entry.setTeams(teams.isEmpty() && reviewId != null ? Set.of(StaffGroups.CORPORATE) : teams);
        return entry;
    }
}
