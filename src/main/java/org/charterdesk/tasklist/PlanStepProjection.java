package org.charterdesk.tasklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.charterdesk.actionplans.ActionPlan;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanProperties;
import org.charterdesk.actionplans.PlanSteps;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The task lists' rows for the steps of the {@code action-plan} process: reviews and revisions for the service's
 * teams, progress updates for an action's owner. A review is due a set number of working days after it opens; a
 * progress step by its action's target date.
 */
@Component
class PlanStepProjection {

    private final TaskListEntryRepository entries;
    private final ActionPlans plans;
    private final Charter charter;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanProperties properties;

    PlanStepProjection(
            TaskListEntryRepository entries,
            ActionPlans plans,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            ApplicationEventPublisher events,
            Clock clock,
            PlanProperties properties) {
        this.entries = entries;
        this.plans = plans;
        this.charter = charter;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    void onTaskEvent(DelegateTask task) {
        Object planId = task.getVariable("planId");
        if (!(planId instanceof Long id) || !TaskListProjection.TRACKED.contains(task.getEventName())) {
            return;
        }
        ActionPlan plan = plans.find(id);
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE ->
                entries.save(entry(
                        new OpenTask(
                                task.getId(),
                                task.getTaskDefinitionKey(),
                                task.getName(),
                                task.getAssignee(),
                                TaskListProjection.teams(task.getCandidates()),
                                (String) task.getVariable(PlanSteps.SUBMITTED_BY)),
                        plan,
                        task.getVariable("actionId") instanceof Long actionId ? actionId : null,
                        LocalDate.now(clock.withZone(calendarProperties.zone()))));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                entries.findById(task.getId()).ifPresent(entry -> entry.setAssignee(task.getAssignee()));
            default -> entries.findById(task.getId()).ifPresent(entries::delete);
        }
        events.publishEvent(new TaskListChanged(plan.getServiceCode(), "PLAN-" + plan.getId()));
    }

    /** An open step as the engine has it, whichever way it was read. */
    record OpenTask(String id, String key, String name, String assignee, Set<String> teams, String submittedBy) {}

    /** The row of an open step of a plan, as it is when created (or rebuilt: {@code openedOn} is then its day). */
    TaskListEntry entry(OpenTask task, ActionPlan plan, Long actionId, LocalDate openedOn) {
        TaskListEntry entry = TaskListEntry.forPlan(
                task.id(),
                plan.getId(),
                task.key(),
                task.name(),
                plan.getServiceCode(),
                charter.serviceName(plan.getServiceCode()),
                plan.getTitle(),
                openedOn,
                clock.instant());
        LocalDate due = calendar.addWorkingDays(calendar.dayZero(openedOn), properties.reviewWorkingDays());
        if (actionId != null) {
            due = plans.actions(plan.getId()).stream()
                    .filter(a -> a.getId().equals(actionId))
                    .findFirst()
                    .map(a -> a.getTargetDate())
                    .orElse(due);
        }
        entry.dueBy(due.minusDays(1), due);
        entry.setAssignee(task.assignee());
        entry.setTeams(task.teams());
        if (PlanSteps.REVIEWS.contains(task.key())) {
            entry.setNotFor(task.submittedBy());
        }
        return entry;
    }
}
