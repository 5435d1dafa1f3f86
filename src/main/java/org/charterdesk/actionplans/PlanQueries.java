package org.charterdesk.actionplans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the plan screens and the committee report read: plans a member may see, an action's latest progress. */
@Service
public class PlanQueries {

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanProgressRepository progress;
    private final TaskService tasks;
    private final Charter charter;
    private final org.charterdesk.complaints.CaseFileRepository cases;

    PlanQueries(
            ActionPlanRepository plans,
            PlanActionRepository actions,
            PlanProgressRepository progress,
            TaskService tasks,
            Charter charter,
            org.charterdesk.complaints.CaseFileRepository cases) {
        this.cases = cases;
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.tasks = tasks;
        this.charter = charter;
    }

    /** An action with its latest progress update, if any. */
    public record ActionRow(PlanAction action, Optional<PlanProgress> latest) {}

    /** An open step of a plan's process: what it is, and whether it is the member's to do. */
    public record PlanStep(String taskId, String key, String name, String assignee, boolean mine, Long actionId) {}

    @Transactional(readOnly = true)
    public List<ActionPlan> visibleTo(StaffMember member) {
        List<String> services = charter.services().stream()
                .map(CouncilService::getCode)
                .filter(code -> member.administrator() || member.mayPlanFor(code))
                .toList();
        return services.isEmpty() ? List.of() : plans.findByServiceCodeInOrderByIdDesc(services);
    }

    @Transactional(readOnly = true)
    public ActionPlan plan(StaffMember member, Long planId) {
        ActionPlan plan = plans.findById(planId)
                .orElseThrow(() -> new AccessDeniedException("There is no plan " + planId + " that you can see"));
        if (!member.administrator() && !member.mayPlanFor(plan.getServiceCode())) {
            throw new AccessDeniedException("You cannot see the plans of this service");
        }
        return plan;
    }

    /** The reference of a complaint an action came from. */
    @Transactional(readOnly = true)
    public String caseReference(Long caseId) {
        return cases.findById(caseId)
                .map(org.charterdesk.complaints.CaseFile::getReference)
                .orElse("");
    }

    @Transactional(readOnly = true)
    public List<ActionRow> actions(Long planId) {
        List<ActionRow> rows = new ArrayList<>();
        for (PlanAction action : actions.findByPlanIdOrderById(planId)) {
            rows.add(new ActionRow(
                    action,
                    progress.findByActionIdOrderByWrittenAtDesc(action.getId()).stream()
                            .findFirst()));
        }
        return rows;
    }

    /** The plan's open steps (review, revision, progress updates). */
    @Transactional(readOnly = true)
    public List<PlanStep> steps(StaffMember member, ActionPlan plan) {
        List<PlanStep> steps = new ArrayList<>();
        for (Task task : tasks.createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list()) {
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> l.getGroupId() != null)
                    .map(l -> l.getGroupId())
                    .toList();
            boolean mine = member.username().equals(task.getAssignee())
                    || task.getAssignee() == null && PlanSteps.mayTake(member, groups);
            Object actionId = tasks.getVariable(task.getId(), "actionId");
            steps.add(new PlanStep(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    mine,
                    actionId instanceof Long id ? id : null));
        }
        steps.sort(Comparator.comparing(PlanStep::key));
        return steps;
    }
}
