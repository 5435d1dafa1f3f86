package org.charterdesk.tasklist;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.scorecard.ScorecardSteps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task lists' read model in step with the engine. The engine's task events reach this bean through
 * Camunda's Spring event bridge inside the engine's own transaction, so a step and its row commit or roll back
 * together. Every change is then announced (after commit) for the lists on screen to refresh.
 */
@Component
class TaskListProjection {

    /** The task events that change a list: a step opens, changes hands, or closes. */
    static final Set<String> TRACKED = Set.of(
            TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE,
            TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final TaskListEntryRepository entries;
    private final CaseFileRepository cases;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanStepProjection planSteps;
    private final CaseTasks caseTasks;
    private final InformationRequests information;
    private final ScorecardStepProjection scorecardSteps;

    TaskListProjection(
            InformationRequests information,
            TaskListEntryRepository entries,
            CaseFileRepository cases,
            Deadlines deadlines,
            ApplicationEventPublisher events,
            Clock clock,
            PlanStepProjection planSteps,
            CaseTasks caseTasks,
            ScorecardStepProjection scorecardSteps) {
        this.scorecardSteps = scorecardSteps;
        this.information = information;
        this.planSteps = planSteps;
        this.caseTasks = caseTasks;
        this.entries = entries;
        this.cases = cases;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith("action-plan:")) {
            planSteps.onTaskEvent(task);
            return;
        }
        if (task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(ScorecardSteps.PROCESS + ":")) {
            scorecardSteps.onTaskEvent(task);
            return;
        }
        Optional<ComplaintStep> step = ComplaintStep.ofTaskKey(task.getTaskDefinitionKey());
        if (step.isEmpty()) {
            return;
        }
        String event = task.getEventName();
        if (!TRACKED.contains(event)) {
            return;
        }
        String reference = task.getExecution().getProcessBusinessKey();
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        switch (event) {
            case TaskListener.EVENTNAME_CREATE ->
                entries.save(entry(task.getId(), step.get(), c, task.getAssignee(), teams(task.getCandidates())));
            case TaskListener.EVENTNAME_ASSIGNMENT ->
                entries.findById(task.getId()).ifPresent(entry -> entry.setAssignee(task.getAssignee()));
            case TaskListener.EVENTNAME_UPDATE ->
                entries.findById(task.getId()).ifPresent(entry -> {
                    entry.setAssignee(task.getAssignee());
                    entry.moveTo(c.serviceCode(), c.getService().getName());
                    entry.setTeams(teams(task.getCandidates()));
                    CaseDeadline deadline = deadlines.forStep(c, step.get());
                    entry.dueBy(deadline.getAtRiskOn(), deadline.getDueOn());
                });
            default -> entries.findById(task.getId()).ifPresent(entries::delete);
        }
        events.publishEvent(new TaskListChanged(c.serviceCode(), reference));
    }

    /** The row of an open step, as it is when created or rebuilt. */
    TaskListEntry entry(String taskId, ComplaintStep step, CaseFile c, String assignee, Set<String> teams) {
        TaskListEntry entry = new TaskListEntry(
                taskId,
                c.getId(),
                c.getReference(),
                step.taskKey(),
                step.displayName(),
                c.serviceCode(),
                c.getService().getName(),
                stageOf(step, c),
                c.getCustomer().getName(),
                c.getReceivedOn(),
                clock.instant());
        CaseDeadline deadline = deadlines.forStep(c, step);
        entry.dueBy(deadline.getAtRiskOn(), deadline.getDueOn());
        entry.setAssignee(assignee);
        entry.setTeams(teams);
        caseTasks.refusedTo(c, step).ifPresent(refusal -> entry.setNotFor(refusal.username()));
        if (step.extendable().isPresent()) {
            information.markFor(c, step.stage()).ifPresent(entry::setNote);
        }
        return entry;
    }

    private static String stageOf(ComplaintStep step, CaseFile c) {
        if (step.stage() != null) {
            return step.stage().name();
        }
        return c.getStage() == null ? null : c.getStage().name();
    }

    static Set<String> teams(Set<IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }
}
