package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.testsupport.Waiting.waitFor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.DatabaseQueries;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.IntakeLoad;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Charterdesk on PostgreSQL, killed with SIGKILL in the middle of a load of complaints sent through the public API,
 * and started again while the load goes on. Afterwards every open step is in the task lists, every complaint that
 * was given a reference is there, health answered throughout the restart, and no customer got an email twice
 * except, at most, the one the SMTP server had accepted at the moment of the kill (SMTP's own limit).
 */
class CrashRestartIT {

    private static final Duration STARTING = Duration.ofMinutes(3);

    private String database;
    private DatabaseQueries db;
    private ApplicationProcess app;
    private IntakeLoad load;

    @BeforeEach
    void freshDatabase() {
        database = EmbeddedPostgresServer.newDatabase();
        db = new DatabaseQueries(database);
        TestMailServer.purge();
        app = new ApplicationProcess(
                "crash-restart",
                database,
                "--charterdesk.mail.poll-interval=1s",
                // What was leased at the kill is taken over after this.
                "--charterdesk.mail.lease=30s");
        load = new IntakeLoad(app.uri("/api/v1/complaints"), "load");
    }

    @AfterEach
    void stop() {
        load.close();
        app.close();
        EmbeddedPostgresServer.release();
    }

    @Test
    void killedInTheMiddleOfIntakesAndRestartedUnderLoad() {
        app.start();
        app.awaitOk("/actuator/health", STARTING);
        load.start(4);
        waitFor(() -> load.acceptedCount() >= 200, Duration.ofMinutes(3));
        app.kill();
        int atKill = load.acceptedCount();

        long restart = System.nanoTime();
        app.start();
        AtomicLong slowestHealth = new AtomicLong();
        waitFor(() -> healthUp(slowestHealth), STARTING);
        System.out.printf(
                "CRASH killed after %d complaints; up again in %.1f s; slowest health answer %d ms%n",
                atKill, (System.nanoTime() - restart) / 1e9, slowestHealth.get());
        waitFor(() -> load.acceptedCount() >= atKill + 100, Duration.ofMinutes(3));
        load.close();

        waitFor(() -> db.unlistedSteps().isEmpty() && db.listedButClosedSteps().isEmpty(), Duration.ofMinutes(2));
        System.out.printf(
                "CRASH %d complaints accepted, %d open steps, all listed%n",
                load.acceptedCount(), db.count("select count(*) from act_ru_task"));
        assertThat(db.strings("select reference from case_file")).containsAll(load.accepted());

        waitFor(
                () -> db.count("select count(*) from notification where status not in ('SENT', 'FAILED')") == 0,
                Duration.ofMinutes(3));
        assertThat(db.strings("select status from notification")).containsOnly("SENT");
        Map<String, Integer> copies = TestMailServer.copiesByNotification();
        long twice = copies.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "CRASH %d notifications, %d sent more than once%n",
                db.count("select count(*) from notification"), twice);
        assertThat(copies).hasSize((int) db.count("select count(*) from notification"));
        assertThat(twice).as("at most the message in flight at the kill").isLessThanOrEqualTo(1);
    }

    private boolean healthUp(AtomicLong slowest) {
        long start = System.nanoTime();
        int status = app.status("/actuator/health");
        slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        return status == 200;
    }
}
