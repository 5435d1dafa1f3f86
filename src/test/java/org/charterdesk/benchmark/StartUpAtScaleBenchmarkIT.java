package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailTemplates;
import org.charterdesk.notifications.RenderedMail;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.charterdesk.testsupport.OpenComplaints;
import org.charterdesk.testsupport.Waiting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charterdesk starting on PostgreSQL with a large council's data: 1,000,000 closed cases with their decisions,
 * deadlines and timelines (11,000,000 entries), 2,000,000 sent emails and 100,000 open complaints as engine instances (set
 * {@code charterdesk.benchmark.cases} and {@code charterdesk.benchmark.open-complaints} for other sizes). It starts as
 * in production, in a JVM of its own; the peer is the same start on an empty database of the same server, in the same
 * run. Prints the time to ready, the time the task-list check then takes in the background, and every table
 * PostgreSQL read row by row meanwhile; asserts that no large table was read whole.
 */
@Tag("benchmark")
class StartUpAtScaleBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Start-up at a large council's size";
    private static final int CASES = Integer.getInteger("charterdesk.benchmark.cases", 1_000_000);
    private static final int OPEN = Integer.getInteger("charterdesk.benchmark.open-complaints", 100_000);
    private static final String SIZE =
            String.format(Locale.UK, "%,d closed cases, %,d sent emails, %,d open complaints", CASES, 2 * CASES, OPEN);
    private static final String READY = "/actuator/health/readiness";
    /** The tests' engine history, which the database of the test run was made with (production keeps "full"). */
    private static final String HISTORY = "--camunda.bpm.history-level=audit";

    private static final String CHECKED = "The task lists match the engine's open steps; checked in ";

    /** A table of at least this many rows must not be read whole at start-up. */
    private static final long LARGE = 100_000;

    /** The task-list check reads every open step's row once, by design: the open steps, not the million cases. */
    private static final String CHECKED_ONCE = "task_list_entry";

    @Autowired
    DataSource dataSource;

    @Autowired
    MailTemplates templates;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void readyOnALargeCouncilsDataWithoutReadingAnyLargeTableWhole() {
        double empty = startOnAnEmptyDatabase();
        LargeCouncilHistory history = new LargeCouncilHistory(jdbc);
        OpenComplaints open = new OpenComplaints(jdbc, runtime, taskService, transaction);
        try {
            long started = System.nanoTime();
            CaseFile template = phoneComplaint("housing", null);
            history.closedCases(CASES, 2021, 5);
            history.decisionsAndDeadlines();
            assertThat(history.timelines())
                    .as("about 11 timeline entries a case")
                    .isGreaterThan(10 * CASES);
            RenderedMail mail = templates.render(MailContent.to("Dear customer,", "Your complaint {reference}")
                    .say("We have received your complaint and will answer it by the date the charter gives.")
                    .build());
            assertThat(history.sentEmails(mail.subject(), mail.text(), mail.html()))
                    .isEqualTo(2 * CASES);
            assertThat(open.copiesOf(template, OPEN, 2)).isEqualTo(OPEN);
            jdbc.execute("vacuum analyze");
            BenchmarkReport.value(
                    BENCHMARK, history.timed("generating the data"), "s", (System.nanoTime() - started) / 1e9, SIZE);
            startOnTheLargeDatabase(empty);
        } finally {
            open.delete();
            history.delete();
        }
    }

    /** The peer: a first start migrates an empty database, the second is timed. */
    private double startOnAnEmptyDatabase() {
        String database = EmbeddedPostgresServer.newDatabase();
        try (ApplicationProcess app = new ApplicationProcess("start-up-empty", database, HISTORY)) {
            app.start();
            app.awaitOk(READY, Duration.ofMinutes(5));
            app.stop();
            double seconds = timedStart(app);
            app.stop();
            return seconds;
        } finally {
            EmbeddedPostgresServer.release();
        }
    }

    private void startOnTheLargeDatabase(double empty) {
        String database = ((HikariDataSource) dataSource).getJdbcUrl();
        Map<String, long[]> before = tableReads();
        try (ApplicationProcess app = new ApplicationProcess("start-up-large", database, HISTORY)) {
            double seconds = timedStart(app);
            long readyAt = System.nanoTime();
            Waiting.waitFor(
                    () -> app.logLines().stream().anyMatch(line -> line.contains(CHECKED)), Duration.ofMinutes(10));
            double checkSeconds = (System.nanoTime() - readyAt) / 1e9;
            String checked = app.logLines().stream()
                    .filter(line -> line.contains(CHECKED))
                    .findFirst()
                    .orElseThrow();
            app.stop();
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK start-up on %s: ready in %.1f s (on an empty database %.1f s, %.2f times);"
                            + " the task-list check done %.1f s later (%s)%n",
                    SIZE,
                    seconds,
                    empty,
                    seconds / empty,
                    checkSeconds,
                    checked.substring(checked.indexOf(CHECKED)));
            BenchmarkReport.value(BENCHMARK, "ready to serve (goal 20 s)", "s", seconds, SIZE);
            BenchmarkReport.value(BENCHMARK, "ready to serve, on an empty database", "s", empty, "empty");
            BenchmarkReport.ratio(BENCHMARK, "ready: large database / empty database", seconds / empty, "empty");
            BenchmarkReport.value(
                    BENCHMARK, "the task-list check, in the background after ready", "s", checkSeconds, SIZE);
        }
        Waiting.pause(Duration.ofSeconds(2));
        List<String> readWhole = new ArrayList<>();
        tableReads().forEach((table, after) -> {
            long[] was = before.getOrDefault(table, new long[3]);
            long rowsRead = after[1] - was[1];
            if (rowsRead > 0) {
                System.out.printf(
                        Locale.UK,
                        "BENCHMARK start-up read %,d rows of %s (%,d rows) in %,d sequential scans%n",
                        rowsRead,
                        table,
                        after[2],
                        after[0] - was[0]);
            }
            // A small table is read whole whenever PostgreSQL finds that cheaper than its indexes (at 2,000 open
            // steps, each batch of the task-list check): only large tables are held to the rules.
            if (after[2] < LARGE) {
                return;
            }
            if (table.equals(CHECKED_ONCE)) {
                assertThat(rowsRead).as("rows of %s read", table).isLessThan(2 * after[2]);
            } else if (rowsRead >= after[2]) {
                readWhole.add(table);
            }
        });
        assertThat(readWhole).as("large tables read whole at start-up").isEmpty();
    }

    private static double timedStart(ApplicationProcess app) {
        long started = System.nanoTime();
        app.start();
        app.awaitOk(READY, Duration.ofMinutes(5));
        return (System.nanoTime() - started) / 1e9;
    }

    /** Each table's sequential scans, rows read by them, and rows; by table. */
    private Map<String, long[]> tableReads() {
        Map<String, long[]> reads = new HashMap<>();
        jdbc.query("select relname, seq_scan, seq_tup_read, n_live_tup from pg_stat_user_tables", row -> {
            reads.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4)});
        });
        return reads;
    }
}
