package org.charterdesk.work;

import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads one open step, and the business key of its process, from the engine by their ids. Native queries: the
 * engine's own task and process instance queries build their SQL from a hundred optional conditions each time,
 * which was a fifth of the work of every claim and completion.
 */
@Component
public class EngineSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final String activeTaskSql;
    private final String processInstanceSql;

    EngineSteps(TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.activeTaskSql =
                "SELECT * FROM " + management.getTableName(Task.class) + " WHERE ID_ = #{id} AND SUSPENSION_STATE_ = 1";
        this.processInstanceSql = "SELECT * FROM " + management.getTableName(Execution.class)
                + " WHERE ID_ = #{id} AND PROC_INST_ID_ = ID_";
    }

    /** The step, if it is open and its process not suspended. */
    public Optional<Task> active(String taskId) {
        return Optional.ofNullable(tasks.createNativeTaskQuery()
                .sql(activeTaskSql)
                .parameter("id", taskId)
                .singleResult());
    }

    /** The business key of a running process instance, if it is still running. */
    public Optional<String> businessKey(String processInstanceId) {
        return Optional.ofNullable(runtime.createNativeProcessInstanceQuery()
                        .sql(processInstanceSql)
                        .parameter("id", processInstanceId)
                        .singleResult())
                .map(ProcessInstance::getBusinessKey);
    }
}
