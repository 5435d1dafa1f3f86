package org.charterdesk.actionplans;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.charterdesk.work.TeamSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take a plan's team steps (review, focus-group approval, revision), and taking them: like a complaint's
 * steps, a team step can be claimed from the task lists, given back and reassigned by a manager, and only its holder
 * (or anyone in the team while nobody holds it) may complete it. Each works on the plan's locked row, so two people
 * acting on one step at once queue up and the second is told plainly what happened.
 */
@Service
public class PlanSteps implements TeamSteps {

    /** The steps offered to a team; progress steps go straight to an action's owner. */
    static final List<String> TEAM_STEPS = List.of("ReviewPlan", "FocusGroupApproval", "RevisePlan");

    /** The steps that decide on a plan, which whoever sent the plan may not take. */
    public static final List<String> REVIEWS = List.of("ReviewPlan", "FocusGroupApproval");

    /** The process variable naming who last sent the plan for approval. */
    public static final String SUBMITTED_BY = "submittedBy";

    private final ActionPlanRepository plans;
    private final PlanEventRepository events;
    private final StaffDirectory directory;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    PlanSteps(
            ActionPlanRepository plans,
            PlanEventRepository events,
            StaffDirectory directory,
            RuntimeService runtime,
            TaskService tasks,
            Clock clock) {
        this.plans = plans;
        this.events = events;
        this.directory = directory;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return ActionPlans.PROCESS;
    }

    @Override
    public boolean offeredToTeam(String stepKey) {
        return TEAM_STEPS.contains(stepKey);
    }

    @Override
    @Transactional
    public void claim(String taskId, StaffMember member) {
        Task task = take(taskId, member, TEAM_STEPS);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, member.username());
            event(task, member, member.displayName() + " took '" + task.getName() + "'");
        }
    }

    @Override
    @Transactional
    public void release(String taskId, StaffMember member) {
        Task task = open(taskId, TEAM_STEPS);
        if (task.getAssignee() == null) {
            return;
        }
        if (!member.username().equals(task.getAssignee())
                && !member.isManagerOf(planOf(task).getServiceCode())) {
            throw new StepRefusedException("Only the person holding a step, or a manager, can give it back");
        }
        tasks.setAssignee(taskId, null);
        event(task, member, member.displayName() + " gave '" + task.getName() + "' back to the team");
    }

    @Override
    @Transactional
    public void reassign(String taskId, String toUsername, StaffMember manager) {
        Task task = open(taskId, TEAM_STEPS);
        checkManages(task, manager);
        StaffMember to = directory
                .find(toUsername)
                .filter(member -> mayTake(member, groupsOf(taskId)) && !sentBy(task, member))
                .orElseThrow(() -> new StepRefusedException(
                        directory.displayName(toUsername) + " is not in a team that can do '" + task.getName() + "'"));
        tasks.setAssignee(taskId, to.username());
        event(task, manager, manager.displayName() + " gave '" + task.getName() + "' to " + to.displayName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> whoCouldTake(String taskId, StaffMember manager) {
        Task task = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .filter(t -> TEAM_STEPS.contains(t.getTaskDefinitionKey()))
                .orElseThrow(StepNotFoundException::new);
        checkManages(task, manager);
        return groupsOf(taskId).stream()
                .flatMap(group -> directory.members(group).stream())
                .distinct()
                .map(directory::find)
                .flatMap(Optional::stream)
                .filter(member -> !sentBy(task, member))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /** Whether a member of these candidate groups' teams may take a step offered to them. */
    static boolean mayTake(StaffMember member, List<String> groups) {
        return member.candidateGroups().stream().anyMatch(groups::contains)
                || member.corporateLead() && groups.contains(StaffGroups.CORPORATE);
    }

    /** The open step, for the member to complete now: theirs, or their team's while nobody holds it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Task take(String taskId, StaffMember member, List<String> keys) {
        Task task = open(taskId, keys);
        if (!mayTake(member, groupsOf(taskId))) {
            throw new StepRefusedException(member.displayName() + " cannot take this step");
        }
        if (sentBy(task, member)) {
            throw new StepRefusedException("You sent this plan for approval: someone else must decide on it");
        }
        if (task.getAssignee() != null && !member.username().equals(task.getAssignee())) {
            throw new StepTakenException(task.getName(), directory.displayName(task.getAssignee()));
        }
        return task;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ActionPlan planOf(Task task) {
        return plans.findById(planId(task)).orElseThrow();
    }

    List<String> groupsOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .toList();
    }

    /** Whether the member sent the plan this review decides on: nobody approves their own plan. */
    private boolean sentBy(Task task, StaffMember member) {
        return REVIEWS.contains(task.getTaskDefinitionKey())
                && member.username().equals(runtime.getVariable(task.getExecutionId(), SUBMITTED_BY));
    }

    private void checkManages(Task task, StaffMember manager) {
        if (!manager.isManagerOf(planOf(task).getServiceCode())) {
            throw new StepRefusedException("Only a manager of the plan's service can reassign its steps");
        }
    }

    /** The step read again once its plan is locked, so that whoever waited for the lock sees what the first did. */
    private Task open(String taskId, List<String> keys) {
        Task found = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (found != null) {
            plans.lockById(planId(found)).orElseThrow(() -> InvalidInputException.of("plan", "There is no such plan"));
        }
        Task task =
                found == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !keys.contains(task.getTaskDefinitionKey())) {
            throw new StepNotFoundException();
        }
        return task;
    }

    private Long planId(Task task) {
        return (Long) runtime.getVariable(task.getExecutionId(), "planId");
    }

    private void event(Task task, StaffMember member, String text) {
        events.save(new PlanEvent(planId(task), clock.instant(), member.username(), text));
    }
}
