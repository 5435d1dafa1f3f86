package org.charterdesk.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open complaints at a large council's size, as real engine instances with their real tasks and timers. A complaint
 * received through the procedure is the template: its case and charter deadlines are copied in bulk (one insert each,
 * spread over the council's services, each copy with its own reference and customer), then each copy's process is
 * started at the step the template has reached, with the template's variables and the copy's service. Starting at
 * that step is the engine's own process instance modification: it makes the executions, the task with its candidate
 * teams and due date, and the deadline timers of the scopes around it, and the task-list row comes from the
 * application's own listener, exactly as when the procedure reached that step. Instances start in batches, one
 * transaction a batch, on several threads.
 */
public final class OpenComplaints {

    /** Who "logged" the generated cases: the mark {@link #delete} goes by. */
    public static final String GENERATOR = "open-generator";

    /** The generated cases' ids, as a subquery. */
    public static final String CASES = "(select id from case_file where logged_by = '" + GENERATOR + "')";

    /** The generated cases' process instances' ids, as a subquery. */
    public static final String INSTANCES = "(select p.id_ from act_ru_execution p join case_file c"
            + " on c.reference = p.business_key_ where p.id_ = p.proc_inst_id_ and c.logged_by = '" + GENERATOR + "')";

    private static final int BATCH = 25;

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate transaction;

    public OpenComplaints(
            JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.transaction = transaction;
    }

    /** Copies the template {@code count} times and starts each copy's process; returns how many were started. */
    public int copiesOf(CaseFile template, int count, int threads) {
        return copiesOf(template, count, threads, 0);
    }

    /**
     * As {@link #copiesOf(CaseFile, int, int)}, with each copy's charter deadlines (and so its step's due date and
     * its timers) moved by between a quarter of {@code spreadDays} earlier and three quarters later than the
     * template's, so that some are overdue; 0 leaves them all as the template's.
     */
    public int copiesOf(CaseFile template, int count, int threads, int spreadDays) {
        copyCases(template, count);
        if (spreadDays > 0) {
            jdbc.update("""
                    update case_deadline d set starts_on = d.starts_on + c.days,
                      original_due_on = d.original_due_on + c.days, due_on = d.due_on + c.days,
                      at_risk_on = d.at_risk_on + c.days
                    from (select id, (id % ?)::int - ? / 4 as days from case_file where logged_by = ?) c
                    where d.case_id = c.id""", spreadDays, spreadDays, GENERATOR);
        }
        Task step = tasks.createTaskQuery()
                .processInstanceBusinessKey(template.getReference())
                .singleResult();
        Map<String, Object> variables = runtime.getVariables(step.getProcessInstanceId());
        List<Object[]> copies = jdbc.query("""
                select c.reference, s.code from case_file c join council_service s on s.id = c.service_id
                 where c.logged_by = ? order by c.id""", (rs, n) -> new Object[] {rs.getString(1), rs.getString(2)}, GENERATOR);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> started = new ArrayList<>();
            for (int from = 0; from < copies.size(); from += BATCH) {
                List<Object[]> batch = copies.subList(from, Math.min(copies.size(), from + BATCH));
                started.add(pool.submit(() -> start(batch, step.getTaskDefinitionKey(), variables)));
            }
            int total = 0;
            for (Future<Integer> batch : started) {
                total += batch.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private int start(List<Object[]> batch, String step, Map<String, Object> template) {
        return transaction.execute(status -> {
            for (Object[] copy : batch) {
                Map<String, Object> variables = new HashMap<>(template);
                variables.put("serviceCode", copy[1]);
                runtime.createProcessInstanceByKey(ComplaintProcessInstances.PROCESS_KEY)
                        .businessKey((String) copy[0])
                        .setVariables(variables)
                        .startBeforeActivity(step)
                        .execute();
            }
            return batch.size();
        });
    }

    private void copyCases(CaseFile template, int count) {
        List<Long> services = jdbc.queryForList("select id from council_service order by id", Long.class);
        String columns = otherColumns(
                "case_file",
                "id",
                "reference",
                "service_id",
                "customer_name",
                "customer_email",
                "logged_by",
                "survey_token");
        jdbc.update(
                "insert into case_file (reference, service_id, customer_name, customer_email, logged_by, " + columns
                        + ") select 'CMP-2026-' || (700000 + g), (?::bigint[])[1 + g % ?], 'Customer ' || g,"
                        + " 'open.' || g || '@example.com', ?, " + prefixed("t", columns)
                        + " from case_file t cross join generate_series(1, ?) g where t.id = ?",
                services.toArray(Long[]::new),
                services.size(),
                GENERATOR,
                count,
                template.getId());
        String deadlineColumns = otherColumns("case_deadline", "id", "case_id");
        jdbc.update(
                "insert into case_deadline (case_id, " + deadlineColumns + ") select c.id, "
                        + prefixed("d", deadlineColumns)
                        + " from case_file c join case_deadline d on d.case_id = ? where c.logged_by = ?",
                template.getId(),
                GENERATOR);
        jdbc.execute("vacuum analyze case_file");
        jdbc.execute("vacuum analyze case_deadline");
    }

    private String otherColumns(String table, String... left) {
        return String.join(
                ", ",
                jdbc.queryForList(
                        "select column_name from information_schema.columns where table_schema = current_schema()"
                                + " and table_name = ? and column_name <> all (?) order by ordinal_position",
                        String.class,
                        table,
                        left));
    }

    private static String prefixed(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
    }

    /**
     * Takes every generated row away again: the engine's rows of the generated instances (runtime and history,
     * found by their process instance columns), then the application's. The engine's own deletion took 11 ms an
     * instance (18 minutes for 100,000), so this is plain SQL; nothing else refers to these instances.
     */
    public void delete() {
        String[] instances = jdbc.queryForList("select i.id_ from " + INSTANCES + " i", String.class)
                .toArray(String[]::new);
        jdbc.update(
                "delete from act_ru_identitylink where task_id_ in (select id_ from act_ru_task where proc_inst_id_ = any(?))",
                (Object) instances);
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema() and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%')
                   and column_name in ('proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_')
                   and table_name <> 'act_ru_execution'""");
        for (Map<String, Object> column : columns) {
            jdbc.update(
                    "delete from " + column.get("table_name") + " where " + column.get("column_name") + " = any(?)",
                    (Object) instances);
        }
        jdbc.update("delete from act_ru_execution where proc_inst_id_ = any(?)", (Object) instances);
        for (String table : List.of("task_list_entry", "case_deadline", "case_event", "notification")) {
            jdbc.update(
                    "delete from " + table + " where case_id in (select id from case_file where logged_by = ?)",
                    GENERATOR);
        }
        jdbc.update("delete from case_file where logged_by = ?", GENERATOR);
    }
}
