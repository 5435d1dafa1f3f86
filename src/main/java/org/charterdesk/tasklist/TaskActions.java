package org.charterdesk.tasklist;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.StaffAlerts;
import org.charterdesk.security.StaffMember;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.TeamSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way screens act on a step from a task list, whichever process it belongs to: claim, give back,
 * reassign, and who it could be given to. Each goes to the process's own {@link TeamSteps}, which checks it.
 */
@Service
public class TaskActions {

    private final Map<String, TeamSteps> byProcess;
    private final TaskListEntryRepository entries;
    private final StaffAlerts alerts;

    TaskActions(List<TeamSteps> processes, TaskListEntryRepository entries, StaffAlerts alerts) {
        this.byProcess = processes.stream().collect(Collectors.toMap(TeamSteps::processKey, Function.identity()));
        this.entries = entries;
        this.alerts = alerts;
    }

    public void claim(String taskId, StaffMember member) {
        stepsOf(taskId).claim(taskId, member);
    }

    public void release(String taskId, StaffMember member) {
        stepsOf(taskId).release(taskId, member);
    }

    /** A manager gives a step to someone, who is told by email and in their bell. */
    @Transactional
    public void reassign(String taskId, String toUsername, StaffMember manager) {
        TaskListEntry entry = entries.findById(taskId).orElseThrow(StepNotFoundException::new);
        steps(entry).reassign(taskId, toUsername, manager);
        String where = entry.getPlanId() != null ? "a plan of " + entry.getServiceName() : entry.getCaseReference();
        alerts.tell(
                toUsername,
                manager.username(),
                entry.getCaseId(),
                NotificationType.STEP_ASSIGNED,
                manager.displayName() + " gave you '" + entry.getStepName() + "' on " + where,
                entry.getDueOn() == null ? null : "It is due " + PlainDates.format(entry.getDueOn()) + ".",
                entry.getPlanId() != null ? "/plans/" + entry.getPlanId() : "/cases/" + entry.getCaseReference());
    }

    public List<StaffMember> whoCouldTake(String taskId, StaffMember manager) {
        return stepsOf(taskId).whoCouldTake(taskId, manager);
    }

    /** What the member may do with a row of a list of this kind (the server checks each again when it is done). */
    Set<TaskAction> offered(TaskListEntry entry, StaffMember member, TaskListKind kind) {
        Set<TaskAction> actions = EnumSet.noneOf(TaskAction.class);
        boolean mine = member.username().equals(entry.getAssignee());
        boolean manager = member.isManagerOf(entry.getServiceCode());
        boolean teamStep = steps(entry).offeredToTeam(entry.getStepKey())
                && !member.username().equals(entry.getNotFor());
        if (teamStep && entry.getAssignee() == null && kind != TaskListKind.OVERVIEW) {
            actions.add(TaskAction.CLAIM);
        }
        // A plan's steps are done on the plan's page, which anyone who sees the step may open.
        if (mine || entry.getPlanId() != null) {
            actions.add(TaskAction.OPEN);
        }
        if (teamStep && (mine || entry.getAssignee() != null && manager)) {
            actions.add(TaskAction.GIVE_BACK);
        }
        if (teamStep && manager && kind == TaskListKind.OVERVIEW) {
            actions.add(TaskAction.REASSIGN);
        }
        return actions;
    }

    @Transactional(readOnly = true)
    TeamSteps stepsOf(String taskId) {
        return entries.findById(taskId).map(this::steps).orElseThrow(StepNotFoundException::new);
    }

    private TeamSteps steps(TaskListEntry entry) {
        return byProcess.get(entry.processKey());
    }
}
