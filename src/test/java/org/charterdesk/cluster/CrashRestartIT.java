package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.testsupport.Waiting.pause;
import static org.charterdesk.testsupport.Waiting.waitFor;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
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
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private String database;
    private ApplicationProcess app;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loading = new AtomicBoolean();

    @BeforeEach
    void freshDatabase() {
        database = EmbeddedPostgresServer.newDatabase();
        TestMailServer.purge();
        app = new ApplicationProcess(
                "crash-restart",
                database,
                "--charterdesk.mail.poll-interval=1s",
                // What was leased at the kill is taken over after this.
                "--charterdesk.mail.lease=30s");
    }

    @AfterEach
    void stop() {
        loading.set(false);
        app.close();
        EmbeddedPostgresServer.release();
    }

    @Test
    void killedInTheMiddleOfIntakesAndRestartedUnderLoad() throws Exception {
        app.start();
        app.awaitOk("/actuator/health", STARTING);
        List<Thread> senders = startLoad(4);
        waitFor(() -> accepted.size() >= 200, Duration.ofMinutes(3));
        app.kill();
        int atKill = accepted.size();

        long restart = System.nanoTime();
        app.start();
        AtomicLong slowestHealth = new AtomicLong();
        waitFor(() -> healthUp(slowestHealth), STARTING);
        System.out.printf(
                "CRASH killed after %d complaints; up again in %.1f s; slowest health answer %d ms%n",
                atKill, (System.nanoTime() - restart) / 1e9, slowestHealth.get());
        waitFor(() -> accepted.size() >= atKill + 100, Duration.ofMinutes(3));
        loading.set(false);
        for (Thread sender : senders) {
            sender.join();
        }

        waitFor(() -> unlisted().isEmpty() && listedButClosed().isEmpty(), Duration.ofMinutes(2));
        System.out.printf(
                "CRASH %d complaints accepted, %d open steps, all listed%n",
                accepted.size(), count("select count(*) from act_ru_task"));
        assertThat(strings("select reference from case_file")).containsAll(accepted);

        waitFor(
                () -> count("select count(*) from notification where status not in ('SENT', 'FAILED')") == 0,
                Duration.ofMinutes(3));
        assertThat(strings("select status from notification")).containsOnly("SENT");
        Map<String, Integer> copies = copiesByNotification();
        long twice = copies.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "CRASH %d notifications, %d sent more than once%n", count("select count(*) from notification"), twice);
        assertThat(copies).hasSize((int) count("select count(*) from notification"));
        assertThat(twice).as("at most the message in flight at the kill").isLessThanOrEqualTo(1);
    }

    /** Open steps in the engine with no task-list row. */
    private Set<String> unlisted() {
        Set<String> open = strings("select id_ from act_ru_task");
        open.removeAll(strings("select task_id from task_list_entry"));
        return open;
    }

    /** Task-list rows for steps no longer open. */
    private Set<String> listedButClosed() {
        Set<String> listed = strings("select task_id from task_list_entry");
        listed.removeAll(strings("select id_ from act_ru_task"));
        return listed;
    }

    private boolean healthUp(AtomicLong slowest) {
        long start = System.nanoTime();
        int status = app.status("/actuator/health");
        slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        return status == 200;
    }

    private List<Thread> startLoad(int threads) {
        loading.set(true);
        return IntStream.range(0, threads)
                .mapToObj(n -> {
                    Thread sender = new Thread(() -> load(n), "load-" + n);
                    sender.start();
                    return sender;
                })
                .toList();
    }

    private void load(int thread) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; loading.get(); i++) {
            String body = """
                    {"service": "%s", "customer": {"name": "Load Tester", "email": "load%d.%d@example.com"},
                     "whatHappened": "Complaint %d from caller %d."}""".formatted(i % 2 == 0 ? "housing" : "waste", thread, i, i, thread);
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(app.uri("/api/v1/complaints"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher reference = REFERENCE.matcher(response.body());
                if (response.statusCode() == 201 && reference.find()) {
                    accepted.add(reference.group(1));
                }
            } catch (IOException e) {
                pause(Duration.ofMillis(100)); // down, or killed mid-request: no reference was given
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Map<String, Integer> copiesByNotification() throws MessagingException {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : TestMailServer.received()) {
            String[] id = message.getHeader("X-Charterdesk-Notification");
            if (id != null) {
                copies.merge(id[0], 1, Integer::sum);
            }
        }
        return copies;
    }

    private long count(String sql) {
        return Long.parseLong(strings(sql).iterator().next());
    }

    private Set<String> strings(String sql) {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            Set<String> values = new HashSet<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
