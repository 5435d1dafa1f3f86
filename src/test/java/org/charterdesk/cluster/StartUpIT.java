package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.testsupport.Waiting.pause;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Charterdesk starting with its demo on PostgreSQL, with a customer sending a complaint from the first moment the
 * port answers. Before: the demo built its months of history by moving the engine's clock while the server already
 * took requests, so a complaint sent in the first seconds was dated months back, or refused as "received in the
 * future". Now the server takes no request until the set-up is done, and readiness says so.
 */
class StartUpIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final String COMPLAINT = """
            {"service": "housing", "customer": {"name": "Early Bird", "email": "early@example.com"},
             "whatHappened": "Sent the moment the site came up."}""";

    private String database;
    private ApplicationProcess app;

    @BeforeEach
    void freshDatabase() {
        database = EmbeddedPostgresServer.newDatabase();
        app = new ApplicationProcess("start-up", database, "--charterdesk.demo.enabled=true");
    }

    @AfterEach
    void stop() {
        app.close();
        EmbeddedPostgresServer.release();
    }

    @Test
    void aComplaintSentTheMomentThePortAnswersIsDatedNowAndReadinessWaitsForTheSetUp() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        app.start();
        HttpResponse<String> first = null;
        int answersBeforeReady = 0;
        while (first == null) {
            assertThat(System.nanoTime() - start)
                    .as("started")
                    .isLessThan(Duration.ofMinutes(5).toNanos());
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(app.uri("/api/v1/complaints"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(COMPLAINT))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    first = response;
                } else {
                    answersBeforeReady++;
                    System.out.printf("START-UP answered %d: %s%n", response.statusCode(), response.body());
                }
            } catch (IOException notListeningYet) {
                pause(Duration.ofMillis(50));
            }
        }
        Instant sent = Instant.now();
        System.out.printf("START-UP first complaint taken %.1f s after launch%n", (System.nanoTime() - start) / 1e9);

        Matcher reference = REFERENCE.matcher(first.body());
        assertThat(reference.find()).isTrue();
        Instant received = receivedAt(reference.group(1));
        assertThat(Duration.between(received, sent).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(answersBeforeReady)
                .as("nothing was refused while setting up")
                .isZero();

        HttpResponse<String> readiness = http.send(
                HttpRequest.newBuilder(app.uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"processEngine\"", "\"migrations\"", "\"setUp\"");
        assertThat(app.status("/actuator/health/liveness")).isEqualTo(200);
    }

    private Instant receivedAt(String reference) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "postgres");
                PreparedStatement query =
                        connection.prepareStatement("select received_at from case_file where reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }
}
