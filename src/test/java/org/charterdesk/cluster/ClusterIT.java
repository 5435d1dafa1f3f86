package org.charterdesk.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.testsupport.Waiting.waitFor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.DatabaseQueries;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.IntakeLoad;
import org.charterdesk.testsupport.LoadBalancer;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Charterdesk nodes, each a JVM of its own as in production, started together on one empty PostgreSQL
 * database, behind Debian's nginx with the sticky sessions of {@code deploy/nginx}. All traffic stays on this
 * machine. Node A loads the demo and runs the engine's jobs; node B serves and sends the outbox. Last, node B is
 * killed with SIGKILL in the middle of a load of complaints through nginx.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration READY = Duration.ofMinutes(5);

    /** Each node sends the outbox every second; what a node that dies had leased is taken over after 30 s. */
    private static final String MAIL = "--charterdesk.mail.poll-interval=1s";

    private static final String LEASE = "--charterdesk.mail.lease=30s";

    private static DatabaseQueries db;
    private static ApplicationProcess nodeA;
    private static ApplicationProcess nodeB;
    private static LoadBalancer nginx;

    @BeforeAll
    static void startTheCluster() {
        String database = EmbeddedPostgresServer.newDatabase();
        db = new DatabaseQueries(database);
        nodeA = new ApplicationProcess("cluster-node-a", database, "--charterdesk.demo.enabled=true", MAIL, LEASE);
        // The demo builds months of history by moving the engine's clock on its own node; another node's job executor
        // would meanwhile fire those cases' timers by the real clock. So node B, started together with it, does not
        // run jobs (the README says to start further demo nodes once the first is ready).
        nodeB = new ApplicationProcess(
                "cluster-node-b", database, "--camunda.bpm.job-execution.enabled=false", MAIL, LEASE);
        nodeA.start();
        nodeB.start();
        CompletableFuture<Duration> a =
                CompletableFuture.supplyAsync(() -> nodeA.awaitOk("/actuator/health/readiness", READY));
        CompletableFuture<Duration> b =
                CompletableFuture.supplyAsync(() -> nodeB.awaitOk("/actuator/health/readiness", READY));
        System.out.printf(
                "CLUSTER started together on an empty database: node A (with the demo) ready in %.1f s, node B in %.1f s%n",
                a.join().toMillis() / 1e3, b.join().toMillis() / 1e3);
        nginx = new LoadBalancer("cluster-nginx", List.of(nodeA.port(), nodeB.port())).start();
    }

    @AfterAll
    static void stopTheCluster() {
        if (nginx != null) {
            nginx.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        EmbeddedPostgresServer.release();
    }

    @Test
    void aSignedInBrowserStaysOnItsNodeThroughTheLoadBalancer() throws Exception {
        for (int browser = 0; browser < 4; browser++) {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            assertThat(send(client, get(nginx.uri("/login"))).statusCode()).isEqualTo(200);
            HttpResponse<String> signIn = send(
                    client,
                    HttpRequest.newBuilder(nginx.uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=olivia&password=" + DEMO_PASSWORD))
                            .build());
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
            for (int request = 0; request < 20; request++) {
                HttpResponse<String> tasks = send(client, get(nginx.uri("/tasks")));
                assertThat(tasks.statusCode())
                        .as(
                                "request %d of browser %d is still signed in (it reached the node that signed it in)",
                                request, browser)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void wrongGuessesAreCountedAcrossNodes() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String reference = "CMP-2099-424242";
        for (int guess = 0; guess < 5; guess++) {
            ApplicationProcess node = guess % 2 == 0 ? nodeA : nodeB;
            assertThat(send(client, stageTwoRequest(node, reference)).statusCode())
                    .as("wrong guess %d, on node %s", guess + 1, guess % 2 == 0 ? "A" : "B")
                    .isEqualTo(404);
        }
        assertThat(send(client, stageTwoRequest(nodeA, reference)).statusCode()).isEqualTo(429);
        assertThat(send(client, stageTwoRequest(nodeB, reference)).statusCode()).isEqualTo(429);
    }

    @Test
    void aClaimOnOneNodeRefreshesTheListOpenOnTheOther() {
        try (Browser onA = new Browser(nodeA.port());
                Browser onB = new Browser(nodeB.port())) {
            Page harry = onA.signIn("harry", DEMO_PASSWORD);
            Page olivia = onB.signIn("olivia", DEMO_PASSWORD);
            olivia.navigate(onB.url("/tasks"));
            olivia.locator("#tab-team").click();
            List<Long> refreshMillis = new ArrayList<>();
            for (int claim = 0; claim < 5; claim++) {
                String reference = complaintTo(nodeA, "A complaint sent to node A, number " + (claim + 1) + ".");
                Browser.search(olivia, "#filter-search", reference);
                assertThat(olivia.locator("#claim-" + reference + " >> visible=true"))
                        .isVisible();
                harry.navigate(onA.url("/tasks"));
                harry.locator("#tab-team").click();
                Browser.search(harry, "#filter-search", reference);
                Locator claimOnA = harry.locator("#claim-" + reference + " >> visible=true");
                claimOnA.click();
                long claimed = System.nanoTime();
                assertThat(claimOnA).hasCount(0);
                assertThat(olivia.locator("#claim-" + reference + " >> visible=true"))
                        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
                refreshMillis.add((System.nanoTime() - claimed) / 1_000_000);
            }
            refreshMillis.sort(null);
            System.out.printf(
                    "CLUSTER a list on node B refreshed after a claim on node A: median %d ms, slowest of %d %d ms%n",
                    refreshMillis.get(refreshMillis.size() / 2),
                    refreshMillis.size(),
                    refreshMillis.get(refreshMillis.size() - 1));
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // it leaves one node standing
    void aNodeKilledInTheMiddleOfIntakesLosesNothingAndTheOtherCarriesOn() {
        TestMailServer.purge();
        Set<String> accepted;
        try (IntakeLoad load = new IntakeLoad(nginx.uri("/api/v1/complaints"), "cluster-load").start(4)) {
            waitFor(() -> load.acceptedCount() >= 100, Duration.ofMinutes(2));
            nodeB.kill();
            int atKill = load.acceptedCount();
            waitFor(() -> load.acceptedCount() >= atKill + 50, Duration.ofMinutes(2));
            load.close();
            accepted = load.accepted();
            assertThat(db.strings("select reference from case_file")).containsAll(accepted);
            System.out.printf(
                    "CLUSTER node B killed after %d complaints through nginx; node A took %d more%n",
                    atKill, load.acceptedCount() - atKill);
        }
        // (The demo's ombudsman and contact-restriction steps are not in the task lists; the load's steps all are.)
        waitFor(
                () -> db.unlistedSteps(accepted).isEmpty()
                        && db.listedButClosedSteps().isEmpty(),
                Duration.ofMinutes(2));
        String ours = "from notification where case_id in (select id from case_file where reference in ("
                + DatabaseQueries.listOf(accepted) + "))";
        waitFor(() -> db.count("select count(*) " + ours + " and status <> 'SENT'") == 0, Duration.ofMinutes(3));
        Set<String> sent = db.strings("select id " + ours);
        assertThat(sent)
                .as("an acknowledgement at least for each complaint")
                .hasSizeGreaterThanOrEqualTo(accepted.size());
        Map<String, Integer> copies = TestMailServer.copiesByNotification();
        assertThat(copies.keySet())
                .as("every notification reached the mail server")
                .containsAll(sent);
        long twice = sent.stream().filter(id -> copies.get(id) > 1).count();
        System.out.printf("CLUSTER %d notifications on the load's cases, %d sent twice%n", sent.size(), twice);
        assertThat(twice).as("at most the message in flight at the kill").isLessThanOrEqualTo(1);
    }

    private static String complaintTo(ApplicationProcess node, String whatHappened) {
        try {
            HttpResponse<String> response = send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(node.uri("/api/v1/complaints"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"service": "housing", "customer": {"name": "Cluster Customer",
                                     "email": "cluster.customer@example.com"}, "whatHappened": "%s"}""".formatted(whatHappened)))
                            .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Matcher reference = REFERENCE.matcher(response.body());
            assertThat(reference.find()).isTrue();
            return reference.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest stageTwoRequest(ApplicationProcess node, String reference) {
        return HttpRequest.newBuilder(node.uri("/api/v1/complaints/" + reference + "/escalation-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"someone@example.com\", \"reason\": \"Still unhappy.\"}"))
                .build();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
