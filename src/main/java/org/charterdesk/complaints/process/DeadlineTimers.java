package org.charterdesk.complaints.process;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a case's timers and step due dates into line after its deadlines moved outside the process (a closure day
 * added inside them): each timer's date is worked out again from its expression, which reads the moved deadline,
 * and each open step is due by the last minute of its deadline's new day.
 */
@Component
public class DeadlineTimers {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final Deadlines deadlines;

    DeadlineTimers(RuntimeService runtime, ManagementService management, TaskService tasks, Deadlines deadlines) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    /** Works the case's timers and step due dates out again, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reschedule(CaseFile c) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(c.getReference())
                .processDefinitionKey(ComplaintProcessInstances.PROCESS_KEY)
                .list()) {
            for (Job timer : management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .timers()
                    .list()) {
                management.recalculateJobDuedate(timer.getId(), true);
            }
            for (Task task :
                    tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                redate(c, task);
            }
        }
    }

    private void redate(CaseFile c, Task task) {
        if (task.getDueDate() == null) {
            return;
        }
        ComplaintStep.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> {
            Date due = Date.from(deadlines.stepDueTime(deadlines.forStep(c, step)));
            if (!Objects.equals(due, task.getDueDate())) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
        });
    }
}
