package org.charterdesk.tasklist;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanSteps;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.cluster.ClusterLocks;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.scorecard.ScorecardSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the task lists' read model hold exactly the engine's open steps, row by row: a step with no row gets one,
 * a row whose holder differs is corrected, and a row whose step is gone is removed, for complaint and plan steps
 * alike. It walks both sides a batch at a time, each batch in a short transaction of its own, so it runs while the
 * application serves; one node at a time runs it. It runs in the background after start-up (a crash may have left
 * the two apart) and on a schedule, and counts what it fixed ({@code charterdesk.tasklist.repaired}).
 */
@Component
class TaskListRepair {

    private static final Logger LOG = LoggerFactory.getLogger(TaskListRepair.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final TaskListEntryRepository entries;
    private final CaseFileRepository cases;
    private final ActionPlans plans;
    private final TaskListProjection complaintSteps;
    private final PlanStepProjection planSteps;
    private final ScorecardStepProjection scorecardSteps;
    private final ClusterLocks locks;
    private final TaskListProperties properties;
    private final ZoneId zone;
    private final TransactionTemplate transaction;
    private final Counter repaired;

    TaskListRepair(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            ManagementService management,
            TaskListEntryRepository entries,
            CaseFileRepository cases,
            ActionPlans plans,
            TaskListProjection complaintSteps,
            PlanStepProjection planSteps,
            ScorecardStepProjection scorecardSteps,
            ClusterLocks locks,
            TaskListProperties properties,
            CalendarProperties calendar,
            PlatformTransactionManager transactionManager,
            MeterRegistry meters) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.entries = entries;
        this.cases = cases;
        this.plans = plans;
        this.complaintSteps = complaintSteps;
        this.planSteps = planSteps;
        this.scorecardSteps = scorecardSteps;
        this.locks = locks;
        this.properties = properties;
        this.zone = calendar.zone();
        this.transaction = new TransactionTemplate(transactionManager);
        this.repaired = Counter.builder("charterdesk.tasklist.repaired")
                .description("Task-list rows added, corrected or removed to match the engine's open steps")
                .register(meters);
    }

    /** After start-up, in the background: health and the first requests do not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void repairAfterStart() {
        if (properties.repairOnStart()) {
            Thread thread = new Thread(this::repairQuietly, "task-list-repair");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Scheduled(cron = "${charterdesk.tasklist.repair-cron:0 */15 * * * *}")
    void repairOnSchedule() {
        repairQuietly();
    }

    private void repairQuietly() {
        try {
            repair();
        } catch (RuntimeException e) {
            LOG.warn("Could not check the task lists against the engine; the next check will try again", e);
        }
    }

    /** Checks every row against the engine; returns how many rows it fixed (-1 if another node was checking). */
    int repair() {
        int[] fixed = {0};
        long started = System.nanoTime();
        boolean ran = locks.runAlone("task-list-repair", () -> fixed[0] = addMissingRows() + removeStaleRows());
        if (!ran) {
            return -1;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (fixed[0] > 0) {
            repaired.increment(fixed[0]);
            LOG.info("Repaired {} task-list rows to match the engine's open steps, in {} ms", fixed[0], millis);
        } else {
            LOG.info("The task lists match the engine's open steps; checked in {} ms", millis);
        }
        return fixed[0];
    }

    private int addMissingRows() {
        int fixed = 0;
        String after = "";
        List<Task> batch;
        do {
            batch = tasks.createNativeTaskQuery()
                    .sql("SELECT * FROM " + management.getTableName(Task.class) + " WHERE ID_ > #{after} ORDER BY ID_")
                    .parameter("after", after)
                    .listPage(0, properties.repairBatch());
            if (!batch.isEmpty()) {
                List<Task> open = batch;
                fixed += Objects.requireNonNull(transaction.execute(status -> fixMissing(open)));
                after = batch.get(batch.size() - 1).getId();
            }
        } while (batch.size() == properties.repairBatch());
        return fixed;
    }

    private int fixMissing(List<Task> batch) {
        Map<String, TaskListEntry> rows = entries
                .findAllById(batch.stream().map(Task::getId).toList())
                .stream()
                .collect(Collectors.toMap(TaskListEntry::getTaskId, Function.identity()));
        int fixed = 0;
        for (Task task : batch) {
            TaskListEntry row = rows.get(task.getId());
            if (row == null) {
                Optional<TaskListEntry> made = rowFor(task);
                if (made.isPresent() && stillOpen(task)) {
                    entries.save(made.get());
                    fixed++;
                }
            } else if (!Objects.equals(row.getAssignee(), task.getAssignee())) {
                row.setAssignee(task.getAssignee());
                fixed++;
            }
        }
        return fixed;
    }

    private int removeStaleRows() {
        int fixed = 0;
        String after = "";
        List<String> ids;
        do {
            ids = entries.idsAfter(after, properties.repairBatch());
            if (!ids.isEmpty()) {
                List<String> page = ids;
                fixed += Objects.requireNonNull(transaction.execute(status -> removeGone(page)));
                after = ids.get(ids.size() - 1);
            }
        } while (ids.size() == properties.repairBatch());
        return fixed;
    }

    private int removeGone(List<String> ids) {
        Set<String> open = tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list().stream()
                .map(Task::getId)
                .collect(Collectors.toSet());
        List<String> gone = ids.stream().filter(id -> !open.contains(id)).toList();
        entries.deleteAllById(gone);
        return gone.size();
    }

    private boolean stillOpen(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).count() > 0;
    }

    /** The row an open step should have, built as its process's projection builds it; empty for other steps. */
    private Optional<TaskListEntry> rowFor(Task task) {
        String process =
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Set<String> teams = TaskListProjection.teams(Set.copyOf(tasks.getIdentityLinksForTask(task.getId())));
        if (ComplaintStep.PROCESS_KEY.equals(process)) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            return ComplaintStep.ofTaskKey(task.getTaskDefinitionKey())
                    .flatMap(step -> cases.findByReference(instance.getBusinessKey())
                            .map(c -> complaintSteps.entry(task.getId(), step, c, task.getAssignee(), teams)));
        }
        if (ActionPlans.PROCESS.equals(process) && tasks.getVariable(task.getId(), "planId") instanceof Long planId) {
            Object actionId = tasks.getVariable(task.getId(), "actionId");
            return Optional.of(planSteps.entry(
                    new PlanStepProjection.OpenTask(
                            task.getId(),
                            task.getTaskDefinitionKey(),
                            task.getName(),
                            task.getAssignee(),
                            teams,
                            (String) tasks.getVariable(task.getId(), PlanSteps.SUBMITTED_BY)),
                    plans.find(planId),
                    actionId instanceof Long id ? id : null,
                    LocalDate.ofInstant(task.getCreateTime().toInstant(), zone)));
        }
        if (ScorecardSteps.PROCESS.equals(process)) {
            Object returnId = tasks.getVariable(task.getId(), "returnId");
            Object reviewId = tasks.getVariable(task.getId(), "reviewId");
            boolean review = ScorecardSteps.REVIEW.equals(task.getTaskDefinitionKey());
            return Optional.of(scorecardSteps.entry(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    teams,
                    review ? null : (Long) returnId,
                    review ? (Long) reviewId : null,
                    LocalDate.ofInstant(task.getCreateTime().toInstant(), zone)));
        }
        return Optional.empty();
    }
}
