package org.charterdesk.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.ComplaintStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, if the task lists' read model does not hold exactly the engine's open complaint steps (a database
 * from before the read model existed, or steps changed by hand in Cockpit), it is rebuilt from the engine.
 */
@Component
@Order(5)
class TaskListRebuild implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskListRebuild.class);
    private static final int BATCH = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskListEntryRepository entries;
    private final CaseFileRepository cases;
    private final TaskListProjection projection;

    TaskListRebuild(
            TaskService tasks,
            RuntimeService runtime,
            TaskListEntryRepository entries,
            CaseFileRepository cases,
            TaskListProjection projection) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.entries = entries;
        this.cases = cases;
        this.projection = projection;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long open = tasks.createTaskQuery()
                .processDefinitionKey("complaint")
                .active()
                .count();
        if (open == entries.countByPlanIdIsNull()) {
            return;
        }
        LOG.info("Rebuilding the task lists from the engine's {} open complaint steps", open);
        entries.deleteByPlanIdIsNull();
        entries.flush();
        for (int first = 0; first < open; first += BATCH) {
            List<TaskListEntry> batch = new ArrayList<>();
            for (Task task : tasks.createTaskQuery()
                    .processDefinitionKey("complaint")
                    .active()
                    .orderByTaskId()
                    .asc()
                    .listPage(first, BATCH)) {
                Optional<ComplaintStep> step = ComplaintStep.ofTaskKey(task.getTaskDefinitionKey());
                ProcessInstance instance = runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult();
                if (step.isEmpty() || instance == null) {
                    continue;
                }
                cases.findByReference(instance.getBusinessKey())
                        .ifPresent(c -> batch.add(projection.entry(
                                task.getId(),
                                step.get(),
                                c,
                                task.getAssignee(),
                                TaskListProjection.teams(Set.copyOf(tasks.getIdentityLinksForTask(task.getId()))))));
            }
            entries.saveAll(batch);
        }
    }
}
