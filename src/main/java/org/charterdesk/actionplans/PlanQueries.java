package org.charterdesk.actionplans;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseSearch;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the plan screens read: the plans a member may see, and one plan's page with its actions and steps. */
@Service
public class PlanQueries {

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanProgressRepository progress;
    private final PlanEventRepository events;
    private final PlanSteps planSteps;
    private final TaskService tasks;
    private final Charter charter;
    private final CaseSearch cases;
    private final StaffDirectory directory;

    PlanQueries(
            ActionPlanRepository plans,
            PlanActionRepository actions,
            PlanProgressRepository progress,
            PlanEventRepository events,
            PlanSteps planSteps,
            TaskService tasks,
            Charter charter,
            CaseSearch cases,
            StaffDirectory directory) {
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.events = events;
        this.planSteps = planSteps;
        this.tasks = tasks;
        this.charter = charter;
        this.cases = cases;
        this.directory = directory;
    }

    /** The plans of every service the member may plan for (an administrator: every service), newest first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> visibleTo(StaffMember member) {
        List<String> services = charter.serviceRefs().stream()
                .map(ServiceRef::code)
                .filter(code -> member.administrator() || member.mayPlanFor(code))
                .toList();
        return services.isEmpty()
                ? List.of()
                : plans.findByServiceCodeInOrderByIdDesc(services).stream()
                        .map(this::summary)
                        .toList();
    }

    /** A plan's page, refused if the member may not see the plans of its service. */
    @Transactional(readOnly = true)
    public PlanPage page(StaffMember member, Long planId) {
        ActionPlan plan = plans.findById(planId)
                .orElseThrow(() -> new AccessDeniedException("There is no plan " + planId + " that you can see"));
        if (!member.administrator() && !member.mayPlanFor(plan.getServiceCode())) {
            throw new AccessDeniedException("You cannot see the plans of this service");
        }
        List<ActionLine> lines = actions(planId);
        return new PlanPage(
                summary(plan),
                lines,
                steps(member, plan, lines),
                events.findByPlanIdOrderByAtAscIdAsc(planId).stream()
                        .map(e -> new PlanPage.HistoryLine(e.getAt(), directory.actorName(e.getActor()), e.getText()))
                        .toList());
    }

    /** A plan's actions, each with its latest progress and what it came from. */
    @Transactional(readOnly = true)
    public List<ActionLine> actions(Long planId) {
        List<PlanAction> all = actions.findByPlanIdOrderById(planId);
        Map<Long, String> references = cases.referencesOf(caseIds(all));
        return all.stream().map(action -> line(action, references)).toList();
    }

    PlanSummary summary(ActionPlan plan) {
        return PlanSummary.of(plan, charter.serviceName(plan.getServiceCode()));
    }

    private ActionLine line(PlanAction action, Map<Long, String> references) {
        Optional<PlanProgress> latest = progress.findByActionIdOrderByWrittenAtDesc(action.getId()).stream()
                .findFirst();
        return new ActionLine(
                action.getId(),
                action.getDescription(),
                action.getOwner(),
                directory.displayName(action.getOwner()),
                action.getTargetDate(),
                action.getOutcomeMeasure(),
                action.getStatus(),
                action.getDropReason(),
                action.getOverdueFlaggedOn() != null && action.getStatus().isOpen(),
                latest.map(PlanProgress::getWrittenAt).orElse(null),
                latest.map(PlanProgress::getNote).orElse(null),
                action.getCaseId() == null ? null : references.get(action.getCaseId()),
                action.getElementCode());
    }

    private static Collection<Long> caseIds(List<PlanAction> all) {
        return all.stream()
                .map(PlanAction::getCaseId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The plan's open steps (review, revision, progress updates), and which of them are the member's to do. */
    private List<PlanPage.PlanStep> steps(StaffMember member, ActionPlan plan, List<ActionLine> lines) {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> step(member, task, lines))
                .sorted(Comparator.comparing(PlanPage.PlanStep::key))
                .toList();
    }

    private PlanPage.PlanStep step(StaffMember member, Task task, List<ActionLine> lines) {
        boolean mine = member.username().equals(task.getAssignee())
                || task.getAssignee() == null && PlanSteps.mayTake(member, planSteps.groupsOf(task.getId()));
        Long actionId = tasks.getVariable(task.getId(), "actionId") instanceof Long id ? id : null;
        return new PlanPage.PlanStep(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getAssignee(),
                task.getAssignee() == null ? null : directory.displayName(task.getAssignee()),
                mine,
                actionId,
                lines.stream()
                        .filter(line -> line.id().equals(actionId))
                        .map(ActionLine::description)
                        .findFirst()
                        .orElse(null));
    }
}
