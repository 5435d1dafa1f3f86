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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.BenchmarkReport;
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
 * machine. Node A loads the demo and runs the engine's jobs; node B serves and sends the outbox. Then node B is
 * stopped for an upgrade (SIGTERM) under load and comes back running jobs too; timers and the digest fall due on two
 * job executors; last, node B is killed with SIGKILL in the middle of a load of complaints through nginx.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration READY = Duration.ofMinutes(5);

    /** Each node sends the outbox every second; what a node that dies had leased is taken over after 30 s. */
    private static final String MAIL = "--charterdesk.mail.poll-interval=1s";

    private static final String LEASE = "--charterdesk.mail.lease=30s";

    /** Each node's name in the engine's job log, and Spring Boot's word on its graceful shutdown in its log. */
    private static final String NODE_NAME = "--camunda.bpm.generic-properties.properties.hostname=";

    /**
     * An idle job executor looks for jobs less and less often, up to once a minute; the timers the test makes due
     * (not the engine, which would tell its executor) are found within 2 s by every node.
     */
    private static final String JOB_POLL = "--camunda.bpm.job-execution.max-wait=2000";

    private static final int TIMERS = 300;

    private static final String SHUTDOWN_LOG = "--logging.level.org.springframework.boot.web.embedded.tomcat=info";

    private static DatabaseQueries db;
    private static ApplicationProcess nodeA;
    private static ApplicationProcess nodeB;
    private static LoadBalancer nginx;

    @BeforeAll
    static void startTheCluster() {
        String database = EmbeddedPostgresServer.newDatabase();
        db = new DatabaseQueries(database);
        nodeA = new ApplicationProcess(
                "cluster-node-a",
                database,
                "--charterdesk.demo.enabled=true",
                MAIL,
                LEASE,
                NODE_NAME + "node-a",
                JOB_POLL,
                SHUTDOWN_LOG);
        // The demo builds months of history by moving the engine's clock on its own node; another node's job executor
        // would meanwhile fire those cases' timers by the real clock. So node B, started together with it, does not
        // run jobs (the README says to start further demo nodes once the first is ready).
        nodeB = new ApplicationProcess(
                "cluster-node-b",
                database,
                "--camunda.bpm.job-execution.enabled=false",
                MAIL,
                LEASE,
                NODE_NAME + "node-b",
                JOB_POLL,
                SHUTDOWN_LOG);
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
            // Signed in, and sent on to a page of the address the browser used (not the node's, nor port 80).
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"))
                    .hasValueSatisfying(
                            to -> assertThat(nginx.uri("/login").resolve(to).getPort())
                                    .isEqualTo(nginx.port()));
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
            for (int claim = 0; claim < 10; claim++) {
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
                    "CLUSTER a list on node B refreshed after a claim on node A: median %d ms, p95 %.0f ms,"
                            + " slowest of %d %d ms%n",
                    refreshMillis.get(refreshMillis.size() / 2),
                    BenchmarkReport.quantile(
                            refreshMillis.stream()
                                    .mapToDouble(Long::doubleValue)
                                    .toArray(),
                            0.95),
                    refreshMillis.size(),
                    refreshMillis.get(refreshMillis.size() - 1));
        }
    }

    @Test
    void aDecisionOnOneNodeRefreshesTheApprovalsAndTheCasePageOpenOnTheOther() throws Exception {
        String reference = db.strings("select min(c.reference) from case_file c"
                        + " join council_service s on s.id = c.service_id"
                        + " where s.code = 'housing' and c.kind = 'COMPLAINT' and c.status = 'CLOSED'"
                        + " and c.stage = 'STAGE_1' and exists (select 1 from act_ru_event_subscr e"
                        + " join act_ru_execution x on x.id_ = e.proc_inst_id_"
                        + " where x.business_key_ = c.reference and e.event_name_ = 'EscalationRequested')")
                .iterator()
                .next();
        assertThat(reference)
                .as("a demo complaint answered at stage 1 that may still go to stage 2")
                .isNotNull();
        LocatorAssertions.IsVisibleOptions withinRefresh = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
        try (Browser onA = new Browser(nodeA.port());
                Browser onB = new Browser(nodeB.port())) {
            Page maxOnB = onB.signIn("max", DEMO_PASSWORD);
            maxOnB.navigate(onB.url("/approvals"));
            assertThat(maxOnB.locator("#approvals-heading")).isVisible();
            assertThat(maxOnB.locator("#approval-" + reference)).hasCount(0);
            Page oliviaOnB = onB.signIn("olivia", DEMO_PASSWORD);
            oliviaOnB.navigate(onB.url("/cases/" + reference));
            assertThat(oliviaOnB.locator("#case-status")).hasText("Closed");
            assertThat(oliviaOnB.locator("#case-changed")).isHidden();

            // The customer phones; Olivia records their stage 2 request through the API of node A.
            HttpResponse<String> asked = send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(nodeA.uri("/api/v1/complaints/" + reference + "/escalation-requests"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", basic("olivia"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"reason\": \"The customer phoned: the leak is back.\"}"))
                            .build());
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            long requested = System.nanoTime();
            assertThat(maxOnB.locator("#approval-" + reference)).isVisible(withinRefresh);
            long inboxMillis = (System.nanoTime() - requested) / 1_000_000;
            assertThat(maxOnB.locator("#approval-" + reference)).containsText("the leak is back");
            assertThat(oliviaOnB.locator("#case-changed")).isVisible(withinRefresh);
            oliviaOnB.locator("#show-latest").click();
            assertThat(oliviaOnB.locator("#case-changed")).isHidden();
            assertThat(oliviaOnB.locator("#case-status")).not().hasText("Closed");

            // Max approves it on node A: it leaves his inbox open on node B, and Olivia's page says the case moved.
            Page maxOnA = onA.signIn("max", DEMO_PASSWORD);
            maxOnA.navigate(onA.url("/approvals"));
            maxOnA.locator("#approve-" + reference).click();
            maxOnA.locator("#confirm-send").click();
            long decided = System.nanoTime();
            assertThat(maxOnA.locator("#approval-" + reference + " >> visible=true"))
                    .hasCount(0);
            assertThat(maxOnB.locator("#approval-" + reference + " >> visible=true"))
                    .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            long goneMillis = (System.nanoTime() - decided) / 1_000_000;
            assertThat(oliviaOnB.locator("#case-changed")).isVisible(withinRefresh);
            System.out.printf(
                    "CLUSTER on node B, after a change on node A: a new request in the approvals inbox in %d ms,"
                            + " a decided one gone in %d ms%n",
                    inboxMillis, goneMillis);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE - 4) // then node B runs jobs too
    void aNodeStoppedForAnUpgradeFinishesItsRequestsAndItsUsersSignInAgainOnAnother() {
        try (Browser throughNginx = new Browser(nginx.port())) {
            Page olivia = signedInOnNodeB(throughNginx, "olivia");
            String reference = complaintTo(nodeA, "A complaint Olivia claims on node B before it stops.");
            olivia.navigate(throughNginx.url("/tasks"));
            olivia.locator("#tab-team").click();
            Browser.search(olivia, "#filter-search", reference);
            Locator claim = olivia.locator("#claim-" + reference + " >> visible=true");
            claim.click();
            assertThat(claim).hasCount(0);
            try (IntakeLoad load = new IntakeLoad(nginx.uri("/api/v1/complaints"), "upgrade-load").start(4)) {
                waitFor(() -> load.acceptedCount() >= 40, Duration.ofMinutes(2));
                Duration stopping = nodeB.stop();
                int atStop = load.acceptedCount();
                waitFor(() -> load.acceptedCount() >= atStop + 40, Duration.ofMinutes(2));
                load.close();
                System.out.printf(
                        "CLUSTER node B stopped (SIGTERM) in %.1f s during a load through nginx: %d complaints"
                                + " accepted, %d refused%n",
                        stopping.toMillis() / 1e3,
                        load.acceptedCount(),
                        load.failures().size());
                assertThat(load.failures())
                        .as("no customer is turned away while a node stops")
                        .isEmpty();
                assertThat(db.strings("select reference from case_file")).containsAll(load.accepted());
            }
            assertThat(lineWith(nodeB.logLines(), "Commencing graceful shutdown"))
                    .isNotNegative();
            // Olivia's next page reaches node A, which does not know her session: she signs in again, and the step
            // she claimed on node B is hers.
            olivia.navigate(throughNginx.url("/tasks"));
            olivia.waitForURL(address -> address.contains("/login"));
            olivia.locator("input[name=username]").fill("olivia");
            olivia.locator("input[name=password]").fill(DEMO_PASSWORD);
            olivia.locator("input[name=password]").press("Enter");
            olivia.waitForURL(address -> !address.contains("/login"));
            olivia.navigate(throughNginx.url("/tasks"));
            olivia.locator("#tab-mine").click();
            assertThat(olivia.locator("#open-" + reference + " >> visible=true"))
                    .isVisible();
            assertThat(onNode(nodeA, olivia)).as("Olivia is now on node A").isTrue();
        }
        // The upgraded node B comes back on the same address and, the demo long loaded, runs jobs as well.
        nodeB.set("--camunda.bpm.job-execution.enabled=true", NODE_NAME + "node-b-upgraded")
                .start();
        System.out.printf(
                "CLUSTER node B upgraded and ready again in %.1f s%n",
                nodeB.awaitOk("/actuator/health/readiness", READY).toMillis() / 1e3);
    }

    @Test
    @Order(Integer.MAX_VALUE - 3)
    void timersFallingDueTogetherFireOnceEachWhicheverNodeTakesThem() {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < TIMERS; i++) {
            references.add(complaintTo(i % 2 == 0 ? nodeA : nodeB, "A complaint whose triage falls due at once."));
        }
        String listed = DatabaseQueries.listOf(references);
        String cases = "(select id from case_file where reference in (" + listed + "))";
        String timers = "job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'TriageAtRisk')"
                + " and process_instance_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ in ("
                + listed + "))";
        assertThat(db.count("select count(*) from act_ru_job where " + timers)).isEqualTo(TIMERS);
        // Every triage is at risk today, and every warning's timer falls due now, on two nodes' job executors.
        assertThat(db.update("update case_deadline set at_risk_on = current_date, due_on = current_date + 1"
                        + " where case_id in " + cases))
                .isGreaterThanOrEqualTo(TIMERS);
        db.update("update act_ru_job set duedate_ = now() where " + timers);
        String warnings = "from notification where type = 'STEP_AT_RISK' and case_id in " + cases;
        waitFor(() -> db.count("select count(distinct case_id) " + warnings) == TIMERS, Duration.ofMinutes(2));
        assertThat(db.strings("select case_id || ' to ' || recipient " + warnings
                        + " group by case_id, recipient having count(*) > 1"))
                .as("no warning twice")
                .isEmpty();
        Set<String> byNode = db.strings("select hostname_ || ': ' || count(*) from act_hi_job_log"
                + " where job_state_ = 2 and " + timers + " group by hostname_");
        System.out.printf("CLUSTER %d at-risk timers falling due at once, fired by %s%n", TIMERS, byNode);
        assertThat(byNode).as("both nodes' job executors took some").hasSize(2);
    }

    @Test
    @Order(Integer.MAX_VALUE - 2)
    void theMorningDigestGoesOncePerManagerEvenWhenItRunsTwice() {
        String digestTimer = "from act_ru_job where job_def_id_ in"
                + " (select id_ from act_ru_jobdef where proc_def_key_ = 'manager-digest')";
        String runs =
                "select count(*) from act_hi_procinst where proc_def_key_ = 'manager-digest' and end_time_ is not null";
        long before = db.count(runs);
        for (int run = 1; run <= 2; run++) {
            assertThat(db.count("select count(*) " + digestTimer)).isEqualTo(1);
            db.update("update act_ru_job set duedate_ = now() where id_ in (select id_ " + digestTimer + ")");
            long ran = before + run;
            waitFor(() -> db.count(runs) == ran, Duration.ofMinutes(1));
        }
        String today = "from notification where type = 'MANAGER_DIGEST' and dedup_key like 'digest:%:' || "
                + "to_char(now() at time zone 'Europe/London', 'YYYY-MM-DD')";
        assertThat(db.strings("select recipient " + today + " group by recipient having count(*) > 1"))
                .as("no manager has two digests today")
                .isEmpty();
        System.out.printf(
                "CLUSTER the digest ran twice on two job executors (by %s): %d digests today, one per manager%n",
                db.strings("select hostname_ from act_hi_job_log where job_state_ = 2 and job_def_id_ in"
                        + " (select id_ from act_ru_jobdef where proc_def_key_ = 'manager-digest')"),
                db.count("select count(*) " + today));
    }

    @Test
    @Order(Integer.MAX_VALUE - 1) // it leaves one node standing
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

    @Test
    @Order(Integer.MAX_VALUE)
    void theLastNodeStoppedTakesNoMoreJobsBeforeItStopsServing() {
        Duration stopping = nodeA.stop();
        List<String> log = nodeA.logLines();
        System.out.printf("CLUSTER node A, running jobs, stopped (SIGTERM) in %.1f s%n", stopping.toMillis() / 1e3);
        assertThat(lineWith(log, "takes no more jobs"))
                .as("the job executor stopped before the web server began its graceful shutdown")
                .isNotNegative()
                .isLessThan(lineWith(log, "Commencing graceful shutdown"));
    }

    /** A new session through nginx, signed in, that nginx sent to node B (each new session is a fresh draw). */
    private static Page signedInOnNodeB(Browser browser, String user) {
        for (int draw = 0; draw < 20; draw++) {
            Page page = browser.signIn(user, DEMO_PASSWORD);
            if (onNode(nodeB, page)) {
                return page;
            }
            page.context().close();
        }
        throw new AssertionError("nginx sent 20 new sessions in a row to node A");
    }

    /** Whether the page's session lives on that node: the node answers its session cookie with the page, not login. */
    private static boolean onNode(ApplicationProcess node, Page page) {
        String session = page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow();
        try {
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            return send(
                                    client,
                                    HttpRequest.newBuilder(node.uri("/tasks"))
                                            .header("Cookie", "JSESSIONID=" + session)
                                            .build())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number of the first line that contains the text, or -1. */
    private static int lineWith(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
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

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
