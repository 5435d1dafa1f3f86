package org.charterdesk.scorecard;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.charterdesk.work.TeamSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the {@code scorecard-return} process as the task lists offer them: entering a service's figures and
 * approving them go to the service's teams, the six-monthly review to the customer focus group. Like every team
 * step they are claimed, given back and reassigned, and only the holder (or the team while nobody holds one) may
 * do it. Each action works on the return's locked row, so two people at once queue and the second is told.
 */
@Service
public class ScorecardSteps implements TeamSteps {

    public static final String PROCESS = "scorecard-return";
    public static final String ENTER = "EnterFigures";
    public static final String APPROVE = "ApproveReturn";
    public static final String REVIEW = "ReviewScorecard";

    private final TaskService tasks;
    private final StaffDirectory directory;
    private final ScorecardReturnRepository returns;

    ScorecardSteps(TaskService tasks, StaffDirectory directory, ScorecardReturnRepository returns) {
        this.tasks = tasks;
        this.directory = directory;
        this.returns = returns;
    }

    @Override
    public String processKey() {
        return PROCESS;
    }

    @Override
    public boolean offeredToTeam(String stepKey) {
        return true;
    }

    @Override
    @Transactional
    public void claim(String taskId, StaffMember member) {
        Task task = take(taskId, member);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, member.username());
        }
    }

    @Override
    @Transactional
    public void release(String taskId, StaffMember member) {
        Task task = open(taskId);
        if (task.getAssignee() != null) {
            if (!member.username().equals(task.getAssignee()) && !manages(task, member)) {
                throw new StepRefusedException("Only the person holding a step, or a manager, can give it back");
            }
            tasks.setAssignee(taskId, null);
        }
    }

    @Override
    @Transactional
    public void reassign(String taskId, String toUsername, StaffMember manager) {
        Task task = open(taskId);
        if (!manages(task, manager)) {
            throw new StepRefusedException("Only a manager of the service can reassign its steps");
        }
        StaffMember to = directory
                .find(toUsername)
                .filter(member -> mayTake(member, groupsOf(taskId)) && !submittedBy(task, member))
                .orElseThrow(() -> new StepRefusedException(
                        directory.displayName(toUsername) + " is not in a team that can do '" + task.getName() + "'"));
        tasks.setAssignee(taskId, to.username());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> whoCouldTake(String taskId, StaffMember manager) {
        Task task = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .orElseThrow(StepNotFoundException::new);
        if (!manages(task, manager)) {
            throw new StepRefusedException("Only a manager of the service can reassign its steps");
        }
        return groupsOf(taskId).stream()
                .flatMap(group -> directory.members(group).stream())
                .distinct()
                .map(directory::find)
                .flatMap(Optional::stream)
                .filter(member -> !submittedBy(task, member))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /** The open step, locked, for the member to do now: theirs, or their team's while nobody holds it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Task take(String taskId, StaffMember member) {
        Task task = open(taskId);
        if (!mayTake(member, groupsOf(taskId))) {
            throw new StepRefusedException(member.displayName() + " cannot take this step");
        }
        if (submittedBy(task, member)) {
            throw new StepRefusedException("You sent these figures: another manager must approve them");
        }
        if (task.getAssignee() != null && !member.username().equals(task.getAssignee())) {
            throw new StepTakenException(task.getName(), directory.displayName(task.getAssignee()));
        }
        return task;
    }

    /** Whether the member may do this open step now: theirs or unheld, in their teams, and not their own figures. */
    @Transactional(readOnly = true)
    public boolean mayDo(Task task, StaffMember member) {
        return (task.getAssignee() == null || member.username().equals(task.getAssignee()))
                && mayTake(member, groupsOf(task.getId()))
                && !submittedBy(task, member);
    }

    /** The open step of a kind for a return, or for a review, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Task> openStep(String key, String variable, Long id) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(key).list().stream()
                .filter(t -> Objects.equals(id, tasks.getVariable(t.getId(), variable)))
                .findFirst();
    }

    Optional<Task> openStep(String key, Long returnId) {
        return openStep(key, "returnId", returnId);
    }

    Long returnIdOf(Task task) {
        return tasks.getVariable(task.getId(), "returnId") instanceof Long id ? id : null;
    }

    static boolean mayTake(StaffMember member, List<String> groups) {
        return member.candidateGroups().stream().anyMatch(groups::contains)
                || member.corporateLead() && groups.contains(StaffGroups.CORPORATE);
    }

    private List<String> groupsOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
    }

    private boolean manages(Task task, StaffMember member) {
        Long returnId = returnIdOf(task);
        if (returnId == null) {
            return member.corporateLead() || member.administrator();
        }
        return returns.findById(returnId)
                .map(r -> member.isManagerOf(r.getServiceCode()))
                .orElse(false);
    }

    /** Whether the member sent the figures this approval decides on: nobody approves their own return. */
    private boolean submittedBy(Task task, StaffMember member) {
        Long returnId = returnIdOf(task);
        return APPROVE.equals(task.getTaskDefinitionKey())
                && returnId != null
                && returns.findById(returnId)
                        .map(r -> member.username().equals(r.getSubmittedBy()))
                        .orElse(false);
    }

    /** The step read again once its return (or review) is locked, so whoever waited sees what the first did. */
    private Task open(String taskId) {
        Task found = tasks.createTaskQuery().taskId(taskId).singleResult();
        Long returnId = found == null ? null : returnIdOf(found);
        if (returnId != null) {
            returns.findWithLockById(returnId);
        }
        Task task =
                found == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !PROCESS.equals(processKeyOf(task))) {
            throw new StepNotFoundException();
        }
        return task;
    }

    private String processKeyOf(Task task) {
        return task.getProcessDefinitionId() == null
                ? null
                : task.getProcessDefinitionId().split(":")[0];
    }
}
