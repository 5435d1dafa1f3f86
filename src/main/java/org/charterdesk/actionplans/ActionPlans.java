package org.charterdesk.actionplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.ComplaintLearning;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.ombudsman.OmbudsmanRecommendations;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.StaffAlerts;
import org.charterdesk.security.Actors;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans: drawing one up (by hand, from a self-assessment's gaps, from a complaint's learning), sending it
 * for approval on the {@code action-plan} process, the reviewers' decisions with comments, progress updates, and
 * changes to an approved plan, which send it round again.
 */
@Service
public class ActionPlans {

    /** The key of the process a plan goes through once it is submitted. */
    public static final String PROCESS = "action-plan";

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanProgressRepository progress;
    private final PlanEventRepository events;
    private final SelfAssessments assessments;
    private final ComplaintLearning complaintLearning;
    private final OmbudsmanRecommendations recommendations;
    private final PlanQueries queries;
    private final StaffDirectory directory;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PlanSteps steps;
    private final InputRules rules;
    private final StaffAlerts alerts;
    private final Clock clock;

    ActionPlans(
            ActionPlanRepository plans,
            PlanActionRepository actions,
            PlanProgressRepository progress,
            PlanEventRepository events,
            SelfAssessments assessments,
            OmbudsmanRecommendations recommendations,
            ComplaintLearning complaintLearning,
            PlanQueries queries,
            StaffDirectory directory,
            RuntimeService runtime,
            TaskService tasks,
            PlanSteps steps,
            InputRules rules,
            StaffAlerts alerts,
            Clock clock) {
        this.alerts = alerts;
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.events = events;
        this.assessments = assessments;
        this.complaintLearning = complaintLearning;
        this.recommendations = recommendations;
        this.queries = queries;
        this.directory = directory;
        this.runtime = runtime;
        this.tasks = tasks;
        this.steps = steps;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public PlanSummary create(StaffMember member, PlanInput input) {
        rules.check(input)
                .rule(input != null && input.periodBackwards(), "periodTo", "The period must end after it starts")
                .orThrow();
        checkMayEdit(member, input.serviceCode());
        ActionPlan plan = plans.save(new ActionPlan(
                input.serviceCode(),
                input.corporate(),
                input.title().strip(),
                input.periodFrom(),
                input.periodTo(),
                input.source(),
                member.username(),
                clock.instant()));
        event(plan, member, "Plan drawn up: " + plan.getTitle());
        return queries.summary(plan);
    }

    /** Adds an action. To an approved plan, this is a change: the plan goes round for approval again. */
    @Transactional
    public PlanAction addAction(StaffMember member, Long planId, ActionInput input) {
        rules.check(input)
                .rule(
                        input != null
                                && input.owner() != null
                                && directory.find(input.owner()).isEmpty(),
                        "owner",
                        "There is no member of staff '" + (input == null ? "" : input.owner()) + "'")
                .orThrow();
        ActionPlan plan = editable(member, planId);
        PlanAction action = actions.save(new PlanAction(
                planId,
                input.description().strip(),
                input.owner(),
                input.targetDate(),
                input.outcomeMeasure().strip(),
                null,
                null));
        changed(plan, member, "Action added: " + action.getDescription());
        return action;
    }

    /** One action for each gap (partial or non-compliance) of a completed self-assessment of the plan's service. */
    @Transactional
    public List<PlanAction> actionsFromGaps(
            StaffMember member, Long planId, Long assessmentId, String owner, LocalDate targetDate) {
        ActionPlan plan = editable(member, planId);
        List<PlanAction> added = assessments.gaps(member, assessmentId).stream()
                .map(gap -> actions.save(new PlanAction(
                        planId,
                        "Reach compliance on " + gap.getCode() + ": " + gap.getText(),
                        owner,
                        targetDate,
                        "Rated compliance at the next review",
                        null,
                        gap.getCode())))
                .toList();
        changed(plan, member, added.size() + " actions added from the self-assessment's gaps");
        return added;
    }

    /** An action from what a complaint taught the service; the action links back to the complaint. */
    @Transactional
    public PlanAction actionFromLearning(
            StaffMember member, Long planId, String reference, String owner, LocalDate targetDate) {
        ActionPlan plan = editable(member, planId);
        ComplaintLearning.Learning learning = complaintLearning.of(reference, member);
        PlanAction action = actions.save(new PlanAction(
                planId,
                learning.text(),
                owner,
                targetDate,
                "No repeat of complaint " + learning.reference(),
                learning.caseId(),
                null));
        changed(plan, member, "Action added from the learning of complaint " + learning.reference());
        return action;
    }

    /**
     * Actions from the ombudsman's recommendations on a complaint (each not yet on a plan), with the recommendation's
     * owner and due date; each action and its recommendation link to each other.
     */
    @Transactional
    public List<PlanAction> actionsFromRecommendations(StaffMember member, Long planId, String reference) {
        ActionPlan plan = editable(member, planId);
        List<OmbudsmanRecommendations.Open> open = recommendations.withoutAction(reference, member);
        if (open.isEmpty()) {
            throw new ProcedureConflictException(
                    "Complaint " + reference + " has no recommendation of the ombudsman that is not on a plan");
        }
        List<PlanAction> added = open.stream()
                .map(r -> {
                    PlanAction action = actions.save(new PlanAction(
                            planId,
                            r.what(),
                            r.owner(),
                            r.dueOn(),
                            "Done, and the ombudsman told (complaint " + r.reference() + ")",
                            r.caseId(),
                            null));
                    recommendations.linkAction(r.id(), action.getId());
                    return action;
                })
                .toList();
        changed(plan, member, added.size() + " actions added from the ombudsman's recommendations on " + reference);
        return added;
    }

    /** Sends a draft plan for approval. */
    @Transactional
    public void submit(StaffMember member, Long planId) {
        ActionPlan plan = find(planId);
        checkMayEdit(member, plan.getServiceCode());
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ProcedureConflictException("Only a draft plan can be submitted; this one is "
                    + plan.getStatus().displayName().toLowerCase());
        }
        if (actions.findByPlanIdOrderById(planId).isEmpty()) {
            throw new ProcedureConflictException("Add at least one action before submitting the plan");
        }
        plan.setStatus(PlanStatus.IN_REVIEW);
        event(plan, member, "Submitted for approval");
        runtime.startProcessInstanceByKey(
                PROCESS, plan.processKey(), Map.of("planId", planId, PlanSteps.SUBMITTED_BY, member.username()));
    }

    /** A reviewer's decision (the service manager, or the customer focus group for a corporate plan). */
    @Transactional
    public void decide(StaffMember member, String taskId, boolean approve, String comments) {
        rules.check(new Object())
                .text("comments", comments)
                .rule(
                        !approve && (comments == null || comments.isBlank()),
                        "comments",
                        "Say what must change: the service will see your comments")
                .orThrow();
        Task task = steps.take(taskId, member, List.of("ReviewPlan", "FocusGroupApproval"));
        ActionPlan plan = steps.planOf(task);
        if (!approve) {
            plan.setStatus(PlanStatus.SENT_BACK);
        }
        event(
                plan,
                member,
                (approve ? "Approved" : "Sent back")
                        + (task.getTaskDefinitionKey().equals("FocusGroupApproval")
                                ? " by the customer focus group"
                                : " by the service manager")
                        + (comments == null || comments.isBlank() ? "" : ": " + comments.strip()));
        alerts.tell(
                (String) runtime.getVariable(task.getProcessInstanceId(), PlanSteps.SUBMITTED_BY),
                member.username(),
                null,
                NotificationType.REQUEST_DECIDED,
                member.displayName() + (approve ? " approved" : " sent back") + " the action plan '" + plan.getTitle()
                        + "'",
                comments == null || comments.isBlank() ? null : "Their comments: " + comments.strip(),
                "/plans/" + plan.getId());
        tasks.complete(taskId, Map.of("approved", approve));
    }

    /** The service has revised a plan that was sent back, and sends it again. */
    @Transactional
    public void resubmit(StaffMember member, String taskId) {
        Task task = steps.take(taskId, member, List.of("RevisePlan"));
        ActionPlan plan = steps.planOf(task);
        plan.setStatus(PlanStatus.IN_REVIEW);
        event(plan, member, "Revised and sent again for approval");
        tasks.complete(taskId, Map.of(PlanSteps.SUBMITTED_BY, member.username()));
    }

    /** A progress update on an action, from its owner's progress step (or at any time, with no step). */
    @Transactional
    public void recordProgress(StaffMember member, Long actionId, String taskId, ProgressInput input) {
        rules.check(input)
                .rule(input != null && input.droppedWithoutReason(), "dropReason", "Say why the action is dropped")
                .orThrow();
        PlanAction action = actions.findById(actionId)
                .orElseThrow(() -> InvalidInputException.of("action", "There is no action " + actionId));
        ActionPlan plan = locked(action.getPlanId());
        if (!member.username().equals(action.getOwner()) && !member.isManagerOf(plan.getServiceCode())) {
            throw new AccessDeniedException("Only the action's owner or a manager can record its progress");
        }
        action.progress(input.status(), input.dropReason());
        progress.save(new PlanProgress(
                actionId,
                clock.instant(),
                member.username(),
                input.status(),
                input.note().strip()));
        if (taskId != null) {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || !member.username().equals(task.getAssignee())) {
                throw new ProcedureConflictException("That progress step is not yours, or is done already");
            }
            tasks.complete(taskId);
        }
    }

    /** Ends an approved plan's life: its progress steps stop. */
    @Transactional
    public void finish(StaffMember member, Long planId) {
        ActionPlan plan = find(planId);
        if (!member.isManagerOf(plan.getServiceCode())) {
            throw new AccessDeniedException("Only a manager of the service can finish its plan");
        }
        runtime.createMessageCorrelation("PlanFinished")
                .processInstanceBusinessKey(plan.processKey())
                .correlate();
        plan.setStatus(PlanStatus.FINISHED);
        event(plan, member, "Plan finished");
    }

    /** The approval process has approved the plan: it is in force. */
    @Transactional
    public void putInForce(Long planId) {
        find(planId).setStatus(PlanStatus.APPROVED);
        events.save(new PlanEvent(planId, clock.instant(), Actors.SYSTEM, "The plan is approved and in force"));
    }

    /** The ids of the plan's actions that are not complete or dropped. */
    @Transactional(readOnly = true)
    public List<Long> openActionIds(Long planId) {
        return actions.findByPlanIdOrderById(planId).stream()
                .filter(a -> a.getStatus().isOpen())
                .map(PlanAction::getId)
                .toList();
    }

    /** Who owns an action. */
    @Transactional(readOnly = true)
    public String ownerOf(Long actionId) {
        return actions.findById(actionId)
                .orElseThrow(() -> InvalidInputException.of("action", "There is no action " + actionId))
                .getOwner();
    }

    @Transactional(readOnly = true)
    public List<PlanAction> actions(Long planId) {
        return actions.findByPlanIdOrderById(planId);
    }

    @Transactional(readOnly = true)
    public List<PlanEvent> history(Long planId) {
        return events.findByPlanIdOrderByAtAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    public ActionPlan find(Long planId) {
        return plans.findById(planId)
                .orElseThrow(() -> InvalidInputException.of("plan", "There is no action plan " + planId));
    }

    private ActionPlan locked(Long planId) {
        return plans.lockById(planId)
                .orElseThrow(() -> InvalidInputException.of("plan", "There is no action plan " + planId));
    }

    private ActionPlan editable(StaffMember member, Long planId) {
        ActionPlan plan = locked(planId);
        checkMayEdit(member, plan.getServiceCode());
        if (plan.getStatus() == PlanStatus.IN_REVIEW || plan.getStatus() == PlanStatus.FINISHED) {
            throw new ProcedureConflictException(
                    "The plan is " + plan.getStatus().displayName().toLowerCase() + " and cannot be changed now");
        }
        return plan;
    }

    private void changed(ActionPlan plan, StaffMember member, String what) {
        event(plan, member, what);
        if (plan.getStatus() == PlanStatus.APPROVED) {
            plan.setStatus(PlanStatus.IN_REVIEW);
            event(plan, member, "The approved plan changed, so it goes for approval again");
            runtime.createMessageCorrelation("PlanChanged")
                    .processInstanceBusinessKey(plan.processKey())
                    .setVariable(PlanSteps.SUBMITTED_BY, member.username())
                    .correlate();
        }
    }

    private void event(ActionPlan plan, StaffMember member, String text) {
        events.save(new PlanEvent(plan.getId(), clock.instant(), member.username(), text));
    }

    private static void checkMayEdit(StaffMember member, String serviceCode) {
        if (!member.mayPlanFor(serviceCode)) {
            throw new AccessDeniedException("Only the service's own staff or the corporate lead can change its plans");
        }
    }
}
