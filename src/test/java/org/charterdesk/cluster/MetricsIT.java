package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.OutboxMetrics;
import org.charterdesk.tasklist.OpenStepMetrics;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics Prometheus scrapes: who may read them, that each counts what it says, and that every series the
 * Grafana dashboard in deploy/grafana draws is there.
 */
class MetricsIT extends IntegrationTestBase {

    private static final String TOKEN = "test-scrape-token";

    @Autowired
    OpenStepMetrics openSteps;

    @Autowired
    OutboxMetrics outbox;

    @Autowired
    EngineMetrics engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheScrapeTokenOrAnAdministratorMayReadThem() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer not-the-token").statusCode()).isEqualTo(401);
        assertThat(scrape(basic("olivia")).statusCode()).isEqualTo(403);
        assertThat(scrape(basic("admin")).statusCode()).isEqualTo(200);
        assertThat(scrape("Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        assertThat(status("/actuator/env")).isEqualTo(401);
    }

    @Test
    void openStepsIntakeOutboxAndSignInFailuresAreCounted() throws Exception {
        at(LocalDate.of(2026, 11, 2));
        refresh();
        String before = metrics();
        long pendingBefore = waiting(NotificationStatus.PENDING);
        long toContactBefore = waiting(NotificationStatus.TO_CONTACT);
        phoneComplaint("housing", null);
        phoneComplaint("housing", Instant.parse("2026-10-20T10:00:00Z"));
        webComplaint("housing", "counted@example.com");
        assertThat(scrape(basicWithPassword("olivia", "wrong-password")).statusCode())
                .isEqualTo(401);
        refresh();
        String after = metrics();

        assertThat(delta(before, after, "charterdesk_steps_open", "service=\"housing\",status=\"overdue\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "charterdesk_steps_open", "service=\"housing\",status=\"on_track\""))
                .isEqualTo(2);
        assertThat(delta(before, after, "charterdesk_intake_received_total", "channel=\"phone\",kind=\"complaint\""))
                .isEqualTo(2);
        assertThat(delta(before, after, "charterdesk_intake_received_total", "channel=\"web\",kind=\"complaint\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "charterdesk_outbox_notifications", "status=\"pending\""))
                .isEqualTo(waiting(NotificationStatus.PENDING) - pendingBefore)
                .isPositive();
        assertThat(delta(before, after, "charterdesk_outbox_notifications", "status=\"to_contact\""))
                .isEqualTo(waiting(NotificationStatus.TO_CONTACT) - toContactBefore);
        assertThat(delta(before, after, "charterdesk_sign_in_failures_total", ""))
                .isEqualTo(1);
    }

    @Test
    void everySeriesTheDashboardDrawsIsScraped() throws Exception {
        phoneComplaint("housing", null);
        refresh();
        metrics();
        String scraped = metrics();
        JsonNode dashboard = new ObjectMapper()
                .readTree(Files.readString(Path.of("deploy", "grafana", "charterdesk-dashboard.json")));
        Set<String> drawn = new TreeSet<>();
        Pattern series = Pattern.compile("\\b(charterdesk_\\w+|http_server_\\w+|jvm_\\w+|hikaricp_\\w+|process_\\w+)");
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher name = series.matcher(target.get("expr").asText());
                while (name.find()) {
                    drawn.add(name.group(1));
                }
            }
        }
        assertThat(drawn).hasSizeGreaterThan(15);
        for (String name : drawn) {
            assertThat(scraped).as(name).containsPattern("(?m)^" + name + "[{ ]");
        }
    }

    private long waiting(NotificationStatus status) {
        return notifications.findAll().stream()
                .filter(n -> n.getStatus() == status)
                .count();
    }

    private void refresh() {
        openSteps.refresh();
        outbox.refresh();
        engine.refresh();
    }

    /** The value of one series in a scrape, 0 when absent. */
    private static double value(String scrape, String name, String labels) {
        String series = Pattern.quote(name) + (labels.isEmpty() ? "" : "\\{" + Pattern.quote(labels) + ",?\\}");
        Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static double delta(String before, String after, String name, String labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = scrape("Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String basic(String user) {
        return basicWithPassword(user, PASSWORD);
    }

    private static String basicWithPassword(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
