package org.charterdesk.complaints.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.deadlines.DeadlineAlerts;
import org.charterdesk.complaints.deadlines.StepHolders;
import org.charterdesk.complaints.information.WaitingClock;
import org.charterdesk.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The service tasks behind the at-risk and overdue timers, as {@code ${deadlineWarnings.…(execution, 'KIND')}}.
 * They find who holds the case's open step and hand over to {@link DeadlineAlerts}; none fires while the case waits
 * for the customer with its clock stopped (the deadline then moves on, and its timers with it).
 */
@Component("deadlineWarnings")
public class DeadlineWarnings {

    private final DeadlineAlerts alerts;
    private final DeadlineDates dates;
    private final TaskService tasks;
    private final StaffDirectory directory;
    private final WaitingClock clock;

    DeadlineWarnings(
            DeadlineAlerts alerts,
            DeadlineDates dates,
            TaskService tasks,
            StaffDirectory directory,
            WaitingClock clock) {
        this.clock = clock;
        this.alerts = alerts;
        this.dates = dates;
        this.tasks = tasks;
        this.directory = directory;
    }

    public void atRisk(DelegateExecution execution, String kind) {
        if (clock.stoppedFor(execution.getProcessBusinessKey())) {
            return;
        }
        alerts.atRisk(
                execution.getProcessBusinessKey(),
                dates.deadline(execution, kind).getKind(),
                holders(execution));
    }

    public void breached(DelegateExecution execution, String kind) {
        if (clock.stoppedFor(execution.getProcessBusinessKey())) {
            return;
        }
        alerts.breached(
                execution.getProcessBusinessKey(),
                dates.deadline(execution, kind).getKind(),
                holders(execution));
    }

    private StepHolders holders(DelegateExecution execution) {
        List<String> names = new ArrayList<>();
        List<String> assignees = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .active()
                .list()) {
            names.add(task.getName());
            if (task.getAssignee() != null) {
                assignees.add(task.getAssignee());
            } else {
                for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    }
                }
            }
        }
        String step = names.isEmpty() ? "The step" : String.join(", ", names);
        return new StepHolders(
                step, assignees, assignees.stream().map(directory::displayName).toList(), groups);
    }
}
