package org.charterdesk.tasklist;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.charterdesk.actionplans.ActionPlan;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanProperties;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The action-plan process's steps in the task lists: a review or revision is due some working days after it
 * opens ({@code charterdesk.plans.review-working-days}); a progress update by its action's target date.
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
            case TaskListener.EVENTNAME_CREATE -> add(task, plan);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                entries.findById(task.getId()).ifPresent(entry -> entry.setAssignee(task.getAssignee()));
            default -> entries.findById(task.getId()).ifPresent(entries::delete);
        }
        events.publishEvent(new TaskListChanged(plan.getServiceCode(), "PLAN-" + plan.getId()));
    }

    private void add(DelegateTask task, ActionPlan plan) {
        LocalDate today = LocalDate.now(clock.withZone(calendarProperties.zone()));
        String serviceName = charter.findService(plan.getServiceCode())
                .map(CouncilService::getName)
                .orElse(plan.getServiceCode());
        TaskListEntry entry = TaskListEntry.forPlan(
                task.getId(),
                plan.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                plan.getServiceCode(),
                serviceName,
                plan.getTitle(),
                today,
                clock.instant());
        LocalDate due = calendar.addWorkingDays(calendar.dayZero(today), properties.reviewWorkingDays());
        if (task.getVariable("actionId") instanceof Long actionId) {
            due = plans.actions(plan.getId()).stream()
                    .filter(a -> a.getId().equals(actionId))
                    .findFirst()
                    .map(a -> a.getTargetDate())
                    .orElse(due);
        }
        entry.dueBy(due.minusDays(1), due);
        entry.setAssignee(task.getAssignee());
        entry.setTeams(TaskListProjection.teams(task.getCandidates()));
        entries.save(entry);
    }
}
