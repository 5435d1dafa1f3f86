package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore, done as an operator would: {@code pg_dump} of a running node's database,
 * {@code pg_restore} into a fresh database, and Charterdesk started on the copy with every case, open step, timer,
 * outbox row and audit entry as it was.
 */
class BackupRestoreIT {

    private static final Duration STARTING = Duration.ofMinutes(3);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?.*");
    private static final String ADMIN_PASSWORD = "restore-test-password";
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("cases", "select count(*) from case_file");
        COUNTS.put("open steps", "select count(*) from act_ru_task");
        COUNTS.put("timers", "select count(*) from act_ru_job where type_ = 'timer'");
        COUNTS.put("task-list rows", "select count(*) from task_list_entry");
        COUNTS.put("notifications", "select count(*) from notification");
        COUNTS.put("deadlines", "select count(*) from case_deadline");
    }

    private final List<ApplicationProcess> apps = new ArrayList<>();
    private int databases;

    @AfterEach
    void stop() {
        apps.forEach(ApplicationProcess::close);
        for (int i = 0; i < databases; i++) {
            EmbeddedPostgresServer.release();
        }
    }

    @Test
    void aBackupOfARunningNodeRestoresIntoAFreshDatabaseAndRunsThere(@TempDir Path dir) throws Exception {
        String original = database();
        ApplicationProcess node = app("backup-original", original);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            references.add(complain(node, i));
        }
        Map<String, Long> before = counts(original);
        assertThat(before.get("open steps")).isGreaterThanOrEqualTo(12);
        assertThat(before.get("timers")).isPositive();

        Path backup = dir.resolve("charterdesk.dump");
        long dumping = System.nanoTime();
        run("pg_dump", "--format=custom", "--file=" + backup, "--dbname=" + libpq(original));
        dumping = System.nanoTime() - dumping;
        node.close();
        String restored = database();
        long restoring = System.nanoTime();
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), backup.toString());
        restoring = System.nanoTime() - restoring;
        assertThat(counts(restored)).isEqualTo(before);

        long starting = System.nanoTime();
        ApplicationProcess again = app("backup-restored", restored);
        System.out.printf(
                "BACKUP %s; dump %d KB in %.1f s, restore in %.1f s, ready on the copy in %.1f s%n",
                before,
                Files.size(backup) / 1024,
                dumping / 1e9,
                restoring / 1e9,
                (System.nanoTime() - starting) / 1e9);
        assertThat(again.status("/actuator/health/readiness")).isEqualTo(200);
        HttpResponse<String> page = get(again, "/api/v1/complaints/" + references.get(0));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"reference\":\"" + references.get(0) + "\"", "Triage the contact");
        assertThat(counts(restored)).isEqualTo(before);
        assertThat(Long.parseLong(query(restored, "select count(*) from audit_entry")))
                .isPositive();
        try (Connection connection = connect(restored);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update audit_entry set actor = 'x'"))
                    .hasMessageContaining("The audit log cannot be changed");
        }
    }

    private String database() {
        databases++;
        return EmbeddedPostgresServer.newDatabase();
    }

    private ApplicationProcess app(String name, String database) {
        ApplicationProcess app = new ApplicationProcess(
                name, database, "--charterdesk.security.initial-admin.password=" + ADMIN_PASSWORD);
        apps.add(app);
        app.start();
        app.awaitOk("/actuator/health/readiness", STARTING);
        return app;
    }

    private static String complain(ApplicationProcess app, int i) throws IOException, InterruptedException {
        String body = """
                {"service": "housing",
                 "customer": {"name": "Restore Test %d", "email": "restore%d@example.com"},
                 "whatHappened": "Complaint %d kept through a backup.",
                 "outcomeSought": "An answer."}""".formatted(i, i, i);
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.uri("/api/v1/complaints"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher reference =
                Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(reference.find()).isTrue();
        return reference.group(1);
    }

    private static HttpResponse<String> get(ApplicationProcess app, String path)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.uri(path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The connection as pg_dump and pg_restore take it. */
    private static String libpq(String jdbcUrl) {
        Matcher url = URL.matcher(jdbcUrl);
        assertThat(url.matches()).as(jdbcUrl).isTrue();
        return "postgresql://postgres:postgres@" + url.group(1) + ":" + url.group(2) + "/" + url.group(3);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    private static Map<String, Long> counts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> count : COUNTS.entrySet()) {
            counts.put(count.getKey(), Long.parseLong(query(database, count.getValue())));
        }
        return counts;
    }

    private static String query(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(database, "postgres", "postgres");
    }
}
