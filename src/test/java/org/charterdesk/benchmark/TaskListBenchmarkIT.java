package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task lists with 100,000 open steps on PostgreSQL: the first page and the count of each list, as an officer
 * and a manager would open them, with and without filters; and beside each, Camunda's own {@code TaskQuery} for the
 * same list on the same steps (as engine tasks), with the ratio of the two medians. Prints figures; run on purpose
 * (see README).
 */
@Tag("benchmark")
class TaskListBenchmarkIT extends IntegrationTestBase {

    private static final int OPEN_STEPS = 100_000;
    private static final int ROUNDS = 20;

    @Autowired
    TaskLists taskLists;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsStayQuickWith100000OpenSteps() {
        CaseFile c = phoneComplaint("housing", null);
        String[] services = {"housing", "waste", "council-tax", "roads", "planning"};
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        for (int batch = 0; batch < OPEN_STEPS; batch += 5_000) {
            List<Object[]> entries = new ArrayList<>();
            List<Object[]> teams = new ArrayList<>();
            for (int i = batch; i < batch + 5_000; i++) {
                String service = services[i % services.length];
                String id = "bench-" + i;
                LocalDate due = today.plusDays((i % 40) - 10);
                String assignee = i % 10 == 0 ? "olivia" : i % 10 == 1 ? "harry" : null;
                entries.add(new Object[] {
                    id,
                    c.getId(),
                    "CMP-2026-" + String.format(Locale.UK, "%06d", 900000 + i % 99999),
                    "RespondAtFrontline",
                    "Respond at frontline",
                    service,
                    service,
                    "STAGE_1",
                    "Customer " + i,
                    Date.valueOf(today.minusDays(i % 30)),
                    Date.valueOf(due),
                    Date.valueOf(due.minusDays(1)),
                    assignee,
                    Timestamp.from(Instant.now())
                });
                teams.add(new Object[] {id, StaffGroups.officers(service)});
            }
            jdbc.batchUpdate("""
                    insert into task_list_entry (task_id, case_id, case_reference, step_key, step_name, service_code,
                      service_name, stage, customer_name, received_on, due_on, at_risk_on, assignee, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
            jdbc.batchUpdate("insert into task_list_team (task_id, team) values (?, ?)", teams);
        }
        jdbc.execute("analyze task_list_entry");
        jdbc.execute("analyze task_list_team");
        System.out.printf(
                Locale.UK, "Inserted %,d open steps in %.1f s%n", OPEN_STEPS, (System.nanoTime() - started) / 1e9);
        engineTasksLikeTheEntries();
        try {
            List<String> teams = olivia.candidateGroups();
            List<String> managed = Arrays.stream(services)
                    .filter(max::isManagerOf)
                    .flatMap(code -> java.util.stream.Stream.of(StaffGroups.officers(code), StaffGroups.managers(code)))
                    .toList();
            LocalDate overdue = today;
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
                    "officer, Team tasks, page 100",
                    () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), 5_000, 50),
                    () -> team(teams).listPage(5_000, 50));
            side(
                    "officer, Team tasks, count",
                    () -> taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()),
                    () -> team(teams).count());
            side(
                    "officer, Team tasks, overdue only, first page",
                    () -> taskLists.page(
                            olivia,
                            TaskListKind.TEAM,
                            new TaskListFilter(null, null, CharterFlag.OVERDUE, null),
                            0,
                            50),
                    () -> team(teams).dueBefore(Date.valueOf(overdue)).listPage(0, 50));
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
            assertThat(taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()))
                    .isGreaterThan(9_000);
            assertThat(team(teams).count()).isGreaterThan(9_000);
            assertThat(team(teams).listPage(5_000, 50)).hasSize(50);
            assertThat(overview(managed).count()).isGreaterThan(9_000);
        } finally {
            jdbc.update("delete from act_ru_identitylink where task_id_ like 'bench-%'");
            jdbc.update("delete from act_ru_task where id_ like 'bench-%'");
            jdbc.update("delete from task_list_entry where task_id like 'bench-%'");
        }
    }

    /**
     * The same open steps as engine tasks, for Camunda's own {@code TaskQuery}: standalone tasks (the engine allows
     * tasks outside a process) written in bulk into its task and candidate-group tables, one for each list entry,
     * with the same name, assignee, due day and teams. The query reads only those two tables.
     */
    private void engineTasksLikeTheEntries() {
        int tasks = jdbc.update("""
                insert into act_ru_task (id_, rev_, name_, task_def_key_, assignee_, priority_, create_time_,
                  due_date_, suspension_state_)
                select task_id, 1, step_name, step_key, assignee, 50, created_at, due_on, 1
                from task_list_entry where task_id like 'bench-%'""");
        jdbc.update("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'link-' || task_id, 1, team, 'candidate', task_id
                from task_list_team where task_id like 'bench-%'""");
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
        assertThat(tasks).isEqualTo(OPEN_STEPS);
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
        BenchmarkReport.ratio(
                "Task lists", what + ": TaskQuery median / Charterdesk median", theirs / ours, "TaskQuery");
        System.out.printf(Locale.UK, "%-48s %.1f times quicker than TaskQuery%n", what, theirs / ours);
    }

    /** Times the query and returns its median in milliseconds. */
    private static double measure(String what, Supplier<Object> query) {
        return BenchmarkReport.measure("Task lists", what, OPEN_STEPS + " open steps", 3, ROUNDS, query);
    }
}
