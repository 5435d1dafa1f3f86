package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.task.TaskQuery;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.security.StaffGroups;
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
 * The task lists over 100,000 open complaints as real engine instances (set
 * {@code charterdesk.benchmark.open-complaints} for another number), made by {@link OpenComplaints} from a complaint
 * received and triaged through the procedure, their due dates spread over 40 days (a quarter of them overdue), over
 * the council's services. Two in ten of the housing team's steps are then claimed through the engine, by two
 * officers. Each list is opened through the same service calls the screens make, as an officer and as a manager;
 * beside each, Camunda's own {@code TaskQuery} for the same list on the same engine tasks, with the ratio of the two
 * medians. Prints figures, and how long making and taking away the instances took; asserts each list's count is the
 * engine's.
 */
@Tag("benchmark")
class TaskListBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Task lists (real engine instances)";
    private static final int COUNT = Integer.getInteger("charterdesk.benchmark.open-complaints", 100_000);
    private static final int ROUNDS = 20;
    private static final int SPREAD_DAYS = 40;

    /** The first step of a deep page: page 101 at 100,000 open complaints. */
    private static final int DEEP = Math.min(5_000, COUNT / 20);

    private static final String SIZE = String.format(Locale.UK, "%,d open complaints", COUNT);

    @Autowired
    TaskLists taskLists;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void listsOverOpenComplaintsAsRealEngineInstances() {
        CaseFile template = phoneComplaint("housing", null);
        long timersEach = count("select count(*) from act_ru_job x join act_ru_execution p on p.id_ ="
                + " x.process_instance_id_ where p.business_key_ = '" + template.getReference()
                + "' and x.type_ = 'timer'");
        OpenComplaints open = new OpenComplaints(jdbc, runtime, taskService, transaction);
        String engineRows = engineRows();
        try {
            long started = System.nanoTime();
            int made = open.copiesOf(template, COUNT, 2, SPREAD_DAYS);
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
            assertThat(count("select count(*) from act_ru_task where proc_inst_id_ in " + OpenComplaints.INSTANCES))
                    .isEqualTo(COUNT);
            assertThat(count("select count(*) from act_ru_job where type_ = 'timer' and process_instance_id_ in "
                            + OpenComplaints.INSTANCES))
                    .isEqualTo(COUNT * timersEach);
            assertThat(count("select count(*) from task_list_entry where case_id in " + OpenComplaints.CASES))
                    .isEqualTo(COUNT);
            claimTwoInTenOfTheHousingSteps();
            jdbc.execute("vacuum analyze");
            lists();
        } finally {
            long started = System.nanoTime();
            open.delete();
            BenchmarkReport.value(
                    BENCHMARK, "taking them away again (SQL)", "s", (System.nanoTime() - started) / 1e9, SIZE);
        }
        assertThat(engineRows()).as("the engine's rows after taking them away").isEqualTo(engineRows);
    }

    /** Claimed through the engine, as an officer's Claim does, so the lists' own listener keeps up. */
    private void claimTwoInTenOfTheHousingSteps() {
        List<String> steps = jdbc.queryForList(
                "select x.id_ from act_ru_task x join act_ru_execution p on p.id_ = x.proc_inst_id_"
                        + " join case_file c on c.reference = p.business_key_ where c.id in " + OpenComplaints.CASES
                        + " and c.service_id = (select id from council_service where code = 'housing') order by x.id_",
                String.class);
        long started = System.nanoTime();
        int claimed = 0;
        for (int i = 0; i < steps.size(); i += 5) {
            taskService.claim(steps.get(i), claimed % 2 == 0 ? "olivia" : "harry");
            claimed++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.UK, "BENCHMARK claimed %,d of %,d housing steps in %.1f s%n", claimed, steps.size(), seconds);
        BenchmarkReport.value(BENCHMARK, "claiming two in ten housing steps", "per s", claimed / seconds, SIZE);
        assertThat(count("select count(*) from task_list_entry where assignee in ('olivia', 'harry')"))
                .isGreaterThanOrEqualTo(claimed);
    }

    private void lists() {
        List<String> teams = olivia.candidateGroups();
        List<String> managed = List.of(
                StaffGroups.officers("housing"),
                StaffGroups.managers("housing"),
                StaffGroups.officers(CODE_SERVICE),
                StaffGroups.managers(CODE_SERVICE));
        Date today = Date.valueOf(LocalDate.now());
        TaskListFilter overdue = new TaskListFilter(null, null, CharterFlag.OVERDUE, null);
        side(
                "officer, My tasks, first page",
                () -> taskLists.page(olivia, TaskListKind.MINE, TaskListFilter.none(), 0, 50),
                () -> mine().listPage(0, 50));
        side(
                "officer, My tasks, count",
                () -> taskLists.count(olivia, TaskListKind.MINE, TaskListFilter.none()),
                () -> mine().count());
        side(
                "officer, Team tasks, first page",
                () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), 0, 50),
                () -> team(teams).listPage(0, 50));
        side(
                "officer, Team tasks, page " + (DEEP / 50 + 1),
                () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), DEEP, 50),
                () -> team(teams).listPage(DEEP, 50));
        side(
                "officer, Team tasks, count",
                () -> taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()),
                () -> team(teams).count());
        side(
                "officer, Team tasks, overdue only, first page",
                () -> taskLists.page(olivia, TaskListKind.TEAM, overdue, 0, 50),
                () -> team(teams).dueBefore(today).listPage(0, 50));
        measure(
                "officer, Team tasks, search by name",
                () -> taskLists.page(
                        olivia, TaskListKind.TEAM, new TaskListFilter(null, null, null, "customer 4242"), 0, 50));
        side(
                "manager, Team overview, first page",
                () -> taskLists.page(max, TaskListKind.OVERVIEW, TaskListFilter.none(), 0, 50),
                () -> overview(managed).listPage(0, 50));
        side(
                "manager, Team overview, count",
                () -> taskLists.count(max, TaskListKind.OVERVIEW, TaskListFilter.none()),
                () -> overview(managed).count());
        assertThat(taskLists.count(olivia, TaskListKind.MINE, TaskListFilter.none()))
                .isEqualTo(mine().count())
                .isGreaterThan(COUNT / 100);
        assertThat(taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()))
                .isEqualTo(team(teams).count())
                .isGreaterThan(COUNT / 10);
        assertThat(taskLists.count(max, TaskListKind.OVERVIEW, TaskListFilter.none()))
                .isEqualTo(overview(managed).count());
        assertThat(taskLists.page(olivia, TaskListKind.TEAM, overdue, 0, 50))
                .isNotEmpty()
                .allMatch(row -> row.dueOn().isBefore(LocalDate.now()));
        assertThat(taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), DEEP, 50))
                .hasSize(50);
    }

    /** How many executions, tasks, jobs, variables and identity links the engine has. */
    private String engineRows() {
        return jdbc.queryForObject("""
                select (select count(*) from act_ru_execution) || ' executions, '
                    || (select count(*) from act_ru_task) || ' tasks, ' || (select count(*) from act_ru_job) || ' jobs, '
                    || (select count(*) from act_ru_variable) || ' variables, '
                    || (select count(*) from act_ru_identitylink) || ' links'""", String.class);
    }

    private TaskQuery mine() {
        return taskService
                .createTaskQuery()
                .taskAssignee("olivia")
                .orderByDueDate()
                .asc();
    }

    /** The team's unclaimed tasks, as the Team tasks list shows them. */
    private TaskQuery team(List<String> teams) {
        return taskService
                .createTaskQuery()
                .taskCandidateGroupIn(teams)
                .orderByDueDate()
                .asc();
    }

    /** The tasks of the teams of the manager's services, claimed or not, as the Team overview shows them. */
    private TaskQuery overview(List<String> teams) {
        return taskService
                .createTaskQuery()
                .taskCandidateGroupIn(teams)
                .includeAssignedTasks()
                .orderByDueDate()
                .asc();
    }

    /** Times the list both ways and reports how many times quicker Charterdesk's list is than the TaskQuery. */
    private static void side(String what, Supplier<Object> charterdesk, Supplier<Object> taskQuery) {
        double ours = measure(what, charterdesk);
        double theirs = measure(what + " (Camunda TaskQuery)", taskQuery);
        BenchmarkReport.ratio(BENCHMARK, what + ": TaskQuery median / Charterdesk median", theirs / ours, "TaskQuery");
        System.out.printf(Locale.UK, "BENCHMARK %-48s %.1f times quicker than TaskQuery%n", what, theirs / ours);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static double measure(String what, Supplier<Object> query) {
        return BenchmarkReport.measure(BENCHMARK, what, SIZE, 3, ROUNDS, query);
    }
}
