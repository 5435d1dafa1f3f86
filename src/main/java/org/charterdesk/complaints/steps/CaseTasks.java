package org.charterdesk.complaints.steps;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ExtensionRequestRepository;
import org.charterdesk.complaints.ExtensionStatus;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.work.EngineSteps;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.charterdesk.work.TeamSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming, releasing, reassigning and taking the open steps of cases. Every action checks on the server that
 * the member of staff may do it. Actions on one case queue up behind a lock on the case, so when two officers
 * claim the same step at once exactly one wins and the other is told who has it.
 */
@Service
public class CaseTasks implements TeamSteps {

    private final TaskService tasks;
    private final EngineSteps engineSteps;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final StaffDirectory directory;
    private final ExtensionRequestRepository extensions;
    private final StageDecisionRepository decisions;
    private final TransactionTemplate transaction;
    private final StepDraftStore drafts;

    CaseTasks(
            TaskService tasks,
            EngineSteps engineSteps,
            CaseFileRepository cases,
            CaseAccess access,
            CaseTimeline timeline,
            StaffDirectory directory,
            ExtensionRequestRepository extensions,
            StageDecisionRepository decisions,
            PlatformTransactionManager transactionManager,
            StepDraftStore drafts) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.engineSteps = engineSteps;
        this.cases = cases;
        this.access = access;
        this.timeline = timeline;
        this.directory = directory;
        this.extensions = extensions;
        this.decisions = decisions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String processKey() {
        return ComplaintProcessInstances.PROCESS_KEY;
    }

    /** Every step of a complaint is offered to a team. */
    @Override
    public boolean offeredToTeam(String stepKey) {
        return true;
    }

    @Override
    public void claim(String taskId, StaffMember member) {
        try {
            transaction.executeWithoutResult(status -> {
                CaseStep taken = lock(taskId, member);
                String assignee = taken.task().getAssignee();
                if (member.username().equals(assignee)) {
                    return;
                }
                if (assignee != null) {
                    throw new StepTakenException(taken.task().getName(), directory.displayName(assignee));
                }
                tasks.claim(taskId, member.username());
                timeline.record(
                        taken.caseFile(),
                        member.username(),
                        EventType.TASK_CLAIMED,
                        member.displayName() + " took '" + taken.task().getName() + "'");
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw takenBySomeoneElse(taskId);
        }
    }

    @Override
    @Transactional
    public void release(String taskId, StaffMember member) {
        CaseStep taken = lockForAnyone(taskId, member);
        String assignee = taken.task().getAssignee();
        if (assignee == null) {
            return;
        }
        if (!member.username().equals(assignee)
                && !member.isManagerOf(taken.caseFile().serviceCode())) {
            throw new StepRefusedException("Only the person holding a step, or a manager, can give it back");
        }
        tasks.setAssignee(taskId, null);
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.TASK_RELEASED,
                member.displayName() + " gave '" + taken.task().getName() + "' back to the team");
    }

    @Override
    @Transactional
    public void reassign(String taskId, String toUsername, StaffMember manager) {
        CaseStep taken = lockForAnyone(taskId, manager);
        checkManages(taken.caseFile(), manager);
        StaffMember to = directory
                .find(toUsername)
                .orElseThrow(() -> new StepRefusedException("There is no member of staff '" + toUsername + "'"));
        checkMayDo(taken, to);
        tasks.setAssignee(taskId, to.username());
        timeline.record(
                taken.caseFile(),
                manager.username(),
                EventType.TASK_REASSIGNED,
                manager.displayName() + " gave '" + taken.task().getName() + "' to " + to.displayName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> whoCouldTake(String taskId, StaffMember manager) {
        CaseStep open = look(taskId, manager);
        checkManages(open.caseFile(), manager);
        return candidateGroups(taskId).stream()
                .flatMap(group -> directory.members(group).stream())
                .distinct()
                .map(directory::find)
                .flatMap(Optional::stream)
                .filter(member -> whyNot(open, member).isEmpty())
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /**
     * For completing a step: the task (of one of the expected kinds), checked, and claimed for the member if
     * nobody holds it yet, with its case locked until the transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStep take(String taskId, StaffMember member, ComplaintStep... expected) {
        CaseStep taken = lock(taskId, member);
        if (!Arrays.asList(expected).contains(taken.step())) {
            throw new StepNotFoundException();
        }
        String assignee = taken.task().getAssignee();
        if (assignee == null) {
            tasks.claim(taskId, member.username());
        } else if (!assignee.equals(member.username())) {
            throw new StepTakenException(taken.task().getName(), directory.displayName(assignee));
        }
        return taken;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(CaseStep taken, Map<String, Object> variables) {
        tasks.complete(taken.id(), variables);
        drafts.delete(taken.id());
    }

    /** The open steps of a case, for its page and the API, with what the member may do with each. */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(CaseFile caseFile, StaffMember member) {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(caseFile.getReference())
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> openStep(task, caseFile, member))
                .toList();
    }

    /** The ids of a case's open steps, oldest first: for the demo, which acts as each member of staff in turn. */
    @Transactional(readOnly = true)
    public List<String> openStepIds(CaseFile caseFile) {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(caseFile.getReference())
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(Task::getId)
                .toList();
    }

    /** An open step and its case, to look at: the member must be allowed to see the case. Nothing is locked. */
    @Transactional(readOnly = true)
    public CaseStep look(String taskId, StaffMember member) {
        Task task = find(taskId);
        CaseFile caseFile = cases.findByReference(businessKey(task))
                .orElseThrow(() -> new CaseNotFoundException(businessKey(task)));
        checkMaySee(member, caseFile);
        return new CaseStep(task, stepOf(task), caseFile);
    }

    /** Why the member may not do this open step, or empty if they may (their teams, and who may handle stage 2). */
    public Optional<String> whyNot(CaseStep open, StaffMember member) {
        try {
            checkMayDo(open, member);
            return Optional.empty();
        } catch (StepRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    private OpenStep openStep(Task task, CaseFile caseFile, StaffMember member) {
        Optional<ComplaintStep> step = ComplaintStep.ofTaskKey(task.getTaskDefinitionKey());
        boolean mayDo = step.isPresent()
                && whyNot(new CaseStep(task, step.get(), caseFile), member).isEmpty();
        return new OpenStep(
                task.getId(),
                step.orElse(null),
                task.getName(),
                task.getAssignee(),
                directory.displayName(task.getAssignee()),
                candidateGroups(task.getId()),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                member.username().equals(task.getAssignee()),
                mayDo && (task.getAssignee() == null || member.username().equals(task.getAssignee())));
    }

    private CaseStep lock(String taskId, StaffMember member) {
        CaseStep taken = lockForAnyone(taskId, member);
        checkMayDo(taken, member);
        return taken;
    }

    private CaseStep lockForAnyone(String taskId, StaffMember member) {
        Task task = find(taskId);
        CaseFile caseFile = cases.lockByReference(businessKey(task))
                .orElseThrow(() -> new CaseNotFoundException(businessKey(task)));
        checkMaySee(member, caseFile);
        // Read the task again now that the case is locked: another action may have changed it meanwhile.
        Task current = find(taskId);
        return new CaseStep(current, stepOf(current), caseFile);
    }

    private void checkMaySee(StaffMember member, CaseFile caseFile) {
        if (!access.maySee(member, caseFile)) {
            throw new StepRefusedException("You do not work for "
                    + caseFile.getService().getName() + ", so you cannot see case " + caseFile.getReference());
        }
    }

    private void checkMayDo(CaseStep taken, StaffMember member) {
        Set<String> groups = Set.copyOf(candidateGroups(taken.id()));
        if (member.candidateGroups().stream().noneMatch(groups::contains)) {
            throw new StepRefusedException(member.displayName() + " is not in a team that can do '"
                    + taken.task().getName() + "'");
        }
        refusedTo(taken.caseFile(), taken.step())
                .filter(refusal -> refusal.username().equals(member.username()))
                .ifPresent(refusal -> {
                    throw new StepRefusedException(refusal.reason());
                });
    }

    /** One person who may not take a step of a case, although their teams may, and why. */
    public record Refusal(String username, String reason) {}

    /**
     * Who may not take this step of the case: nobody decides their own request (more time they asked for, a final
     * response they wrote), and under the complaint handling code the stage 1 handler does not deal with stage 2.
     */
    public Optional<Refusal> refusedTo(CaseFile c, ComplaintStep step) {
        return switch (step) {
            case DECIDE_STAGE_1_EXTENSION, DECIDE_STAGE_2_EXTENSION ->
                extensions
                        .findFirstByCaseIdAndDeadlineKindAndStatusOrderByIdDesc(
                                c.getId(), step.deadline().orElseThrow(), ExtensionStatus.PENDING)
                        .map(request -> new Refusal(
                                request.getRequestedBy(),
                                "You asked for this extension yourself: another manager must decide it"));
            case SIGN_OFF_FINAL_RESPONSE ->
                decisions
                        .findByCaseIdAndStage(c.getId(), Stage.STAGE_2)
                        .map(decision -> new Refusal(
                                decision.getDraftedBy(),
                                "You wrote this final response: another manager must sign it off"));
            case ACKNOWLEDGE_STAGE_2, INVESTIGATE ->
                Optional.ofNullable(c.getStage1Handler())
                        .filter(handler -> c.getTimescales().differentHandlerAtStage2())
                        .map(handler -> new Refusal(
                                handler,
                                "The charter promises that someone other than the stage 1 responder ("
                                        + directory.displayName(handler) + ") deals with stage 2"));
            default -> Optional.empty();
        };
    }

    private static void checkManages(CaseFile caseFile, StaffMember manager) {
        if (!manager.isManagerOf(caseFile.serviceCode())) {
            throw new StepRefusedException(
                    "Only a manager of " + caseFile.getService().getName() + " can reassign its steps");
        }
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private String businessKey(Task task) {
        return engineSteps.businessKey(task.getProcessInstanceId()).orElseThrow(StepNotFoundException::new);
    }

    private static ComplaintStep stepOf(Task task) {
        return ComplaintStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow(StepNotFoundException::new);
    }

    private Task find(String taskId) {
        return engineSteps.active(taskId).orElseThrow(StepNotFoundException::new);
    }

    private RuntimeException takenBySomeoneElse(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return new StepNotFoundException();
        }
        return new StepTakenException(
                task.getName(),
                task.getAssignee() == null ? "Someone else" : directory.displayName(task.getAssignee()));
    }
}
