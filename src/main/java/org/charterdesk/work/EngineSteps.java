package org.charterdesk.work;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads one open step, the business key of its process, and who last held a step of its kind, from the engine by
 * their ids. Native queries: the engine's own task, process instance and task history queries build their SQL from a
 * hundred optional conditions each time, which was a fifth of the work of every claim and completion, and a tenth of
 * a complaint's receipt.
 */
@Component
public class EngineSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final String activeTaskSql;
    private final String processInstanceSql;
    private final String lastHolderSql;

    EngineSteps(TaskService tasks, RuntimeService runtime, HistoryService history, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.lastHolderSql = "SELECT * FROM " + management.getTableName(HistoricTaskInstance.class)
                + " WHERE PROC_INST_ID_ = #{processInstanceId} AND TASK_DEF_KEY_ = #{taskKey}"
                + " AND END_TIME_ IS NOT NULL AND ASSIGNEE_ IS NOT NULL ORDER BY END_TIME_ DESC";
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

    /** Who held the process instance's step of this kind when one last closed, if anyone did. */
    public Optional<String> lastHolder(String processInstanceId, String taskDefinitionKey) {
        return history
                .createNativeHistoricTaskInstanceQuery()
                .sql(lastHolderSql)
                .parameter("processInstanceId", processInstanceId)
                .parameter("taskKey", taskDefinitionKey)
                .listPage(0, 1)
                .stream()
                .map(HistoricTaskInstance::getAssignee)
                .findFirst();
    }
}
