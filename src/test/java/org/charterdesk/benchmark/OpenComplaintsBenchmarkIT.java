package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.OpenComplaints;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 100,000 open complaints as real engine instances (set {@code charterdesk.benchmark.open-complaints} for another
 * number), made by {@link OpenComplaints} from a complaint received and triaged through the procedure: how long
 * making them takes, that each has its task, its timers and its task-list row, and then the officer's Team tasks
 * over them beside Camunda's own {@code TaskQuery} for the same list. Prints figures.
 */
@Tag("benchmark")
class OpenComplaintsBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Open complaints (real engine instances)";
    private static final int COUNT = Integer.getInteger("charterdesk.benchmark.open-complaints", 100_000);
    private static final int ROUNDS = 20;
    private static final String SIZE = String.format(Locale.UK, "%,d open complaints", COUNT);

    /** Joins a row of an engine table ({@code x}, with its process instance column) to a generated case. */
    private static String ofGenerated(String instanceColumn) {
        return " join act_ru_execution p on p.id_ = x." + instanceColumn
                + " join case_file c on c.reference = p.business_key_ where c.logged_by = '"
                + OpenComplaints.GENERATOR + "'";
    }

    @Autowired
    TaskLists taskLists;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void openComplaintsAsRealEngineInstances() {
        CaseFile template = phoneComplaint("housing", null);
        long timersEach = jdbc.queryForObject(
                "select count(*) from act_ru_job x join act_ru_execution p on p.id_ = x.process_instance_id_"
                        + " where p.business_key_ = ? and x.type_ = 'timer'",
                Long.class,
                template.getReference());
        OpenComplaints open = new OpenComplaints(jdbc, runtime, taskService, transaction);
        String engineRows = engineRows();
        try {
            long started = System.nanoTime();
            int made = open.copiesOf(template, COUNT, 2);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK made %,d open complaints (engine instances, tasks, %d timers each) in %.1f s: %.0f a second%n",
                    made,
                    timersEach,
                    seconds,
                    made / seconds);
            BenchmarkReport.value(BENCHMARK, "making them (cases copied, instances started)", "s", seconds, SIZE);
            BenchmarkReport.value(BENCHMARK, "instances started", "per s", made / seconds, SIZE);
            assertThat(made).isEqualTo(COUNT);
            assertThat(count("select count(*) from act_ru_task x" + ofGenerated("proc_inst_id_")))
                    .isEqualTo(COUNT);
            assertThat(count("select count(*) from act_ru_job x" + ofGenerated("process_instance_id_")
                            + " and x.type_ = 'timer'"))
                    .isEqualTo(COUNT * timersEach);
            assertThat(count("select count(*) from task_list_entry e join case_file c on c.id = e.case_id"
                            + " where c.logged_by = '" + OpenComplaints.GENERATOR + "'"))
                    .isEqualTo(COUNT);
            jdbc.execute("vacuum analyze");
            teamTasks();
        } finally {
            long started = System.nanoTime();
            open.delete();
            BenchmarkReport.value(
                    BENCHMARK, "taking them away again (SQL)", "s", (System.nanoTime() - started) / 1e9, SIZE);
        }
        assertThat(engineRows()).as("the engine's rows after taking them away").isEqualTo(engineRows);
    }

    /** How many executions, tasks, jobs, variables and identity links the engine has. */
    private String engineRows() {
        return jdbc.queryForObject("""
                select (select count(*) from act_ru_execution) || ' executions, '
                    || (select count(*) from act_ru_task) || ' tasks, ' || (select count(*) from act_ru_job) || ' jobs, '
                    || (select count(*) from act_ru_variable) || ' variables, '
                    || (select count(*) from act_ru_identitylink) || ' links'""", String.class);
    }

    private void teamTasks() {
        List<String> teams = olivia.candidateGroups();
        double ours = measure(
                "officer, Team tasks, first page",
                () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), 0, 50));
        double theirs = measure(
                "officer, Team tasks, first page (Camunda TaskQuery)",
                () -> taskService
                        .createTaskQuery()
                        .taskCandidateGroupIn(teams)
                        .orderByDueDate()
                        .asc()
                        .listPage(0, 50));
        BenchmarkReport.ratio(
                BENCHMARK, "Team tasks, first page: TaskQuery median / Charterdesk median", theirs / ours, "TaskQuery");
        double ourCount = measure(
                "officer, Team tasks, count", () -> taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()));
        double theirCount = measure(
                "officer, Team tasks, count (Camunda TaskQuery)",
                () -> taskService.createTaskQuery().taskCandidateGroupIn(teams).count());
        BenchmarkReport.ratio(
                BENCHMARK,
                "Team tasks, count: TaskQuery median / Charterdesk median",
                theirCount / ourCount,
                "TaskQuery");
        assertThat(taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()))
                .isEqualTo(taskService
                        .createTaskQuery()
                        .taskCandidateGroupIn(teams)
                        .count());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static double measure(String what, Supplier<?> call) {
        return BenchmarkReport.measure(BENCHMARK, what, SIZE, 3, ROUNDS, call);
    }
}
