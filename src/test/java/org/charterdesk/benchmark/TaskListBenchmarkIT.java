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
 * and a manager would open them, with and without filters. Prints figures; run on purpose (see README).
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
        try {
            measure(
                    "officer, My tasks, first page",
                    () -> taskLists.page(olivia, TaskListKind.MINE, TaskListFilter.none(), 0, 50));
            measure(
                    "officer, My tasks, count",
                    () -> taskLists.count(olivia, TaskListKind.MINE, TaskListFilter.none()));
            measure(
                    "officer, Team tasks, first page",
                    () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), 0, 50));
            measure(
                    "officer, Team tasks, page 100",
                    () -> taskLists.page(olivia, TaskListKind.TEAM, TaskListFilter.none(), 5_000, 50));
            measure(
                    "officer, Team tasks, count",
                    () -> taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()));
            measure(
                    "officer, Team tasks, overdue only, first page",
                    () -> taskLists.page(
                            olivia,
                            TaskListKind.TEAM,
                            new TaskListFilter(null, null, CharterFlag.OVERDUE, null),
                            0,
                            50));
            measure(
                    "officer, Team tasks, search by name",
                    () -> taskLists.page(
                            olivia, TaskListKind.TEAM, new TaskListFilter(null, null, null, "customer 4242"), 0, 50));
            measure(
                    "manager, Team overview, first page",
                    () -> taskLists.page(max, TaskListKind.OVERVIEW, TaskListFilter.none(), 0, 50));
            measure(
                    "manager, Team overview, count",
                    () -> taskLists.count(max, TaskListKind.OVERVIEW, TaskListFilter.none()));
            assertThat(taskLists.count(olivia, TaskListKind.TEAM, TaskListFilter.none()))
                    .isGreaterThan(9_000);
        } finally {
            jdbc.update("delete from task_list_entry where task_id like 'bench-%'");
        }
    }

    private static void measure(String what, Supplier<Object> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            query.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        BenchmarkReport.timings(
                "Task lists",
                what,
                OPEN_STEPS + " open steps",
                Arrays.stream(times).mapToDouble(t -> t / 1e6).toArray());
        System.out.printf(
                Locale.UK,
                "%-48s median %6.1f ms, p95 %6.1f ms%n",
                what,
                times[ROUNDS / 2] / 1e6,
                times[(int) (ROUNDS * 0.95) - 1] / 1e6);
    }
}
