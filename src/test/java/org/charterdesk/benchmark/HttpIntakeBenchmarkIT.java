package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.BoundedLoad;
import org.charterdesk.testsupport.DatabaseQueries;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.HttpIntake;
import org.charterdesk.testsupport.HttpLifecycle;
import org.charterdesk.testsupport.LoadBalancer;
import org.charterdesk.testsupport.PostgresWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Anonymous complaints through {@code POST /api/v1/complaints}, as customers send them, to nodes that run as in
 * production (their own JVMs from the built classes, the "postgres" profile) on one PostgreSQL, all on 127.0.0.1:
 * one node at 4, 16 and 64 concurrent clients; then one node behind nginx and two nodes behind nginx
 * ({@code deploy/nginx}), and the ratio between them. For each run, what PostgreSQL did per complaint (processor time
 * of its processes, commits) and what the nodes did (processor time of their JVMs): the figures for working out how
 * many nodes one database carries. Each run is bounded in count and time; every complaint must be accepted.
 */
@Tag("benchmark")
class HttpIntakeBenchmarkIT {

    private static final String BENCHMARK = "Public intake over HTTP";
    private static final String LIFECYCLE = "Stage 1 lifecycle over HTTP";
    private static final int LIFECYCLES = 300;
    private static final int LIFECYCLE_CLIENTS = 8;
    private static final int WARM_UP = 300;
    private static final int PER_RUN = 1_200;
    private static final Duration MOST = Duration.ofMinutes(5);
    private static final Duration READY = Duration.ofMinutes(5);

    private static DatabaseQueries db;
    private static PostgresWork postgres;
    private static ApplicationProcess nodeA;
    private static ApplicationProcess nodeB;

    @BeforeAll
    static void startOneNode() {
        String database = EmbeddedPostgresServer.newDatabase();
        db = new DatabaseQueries(database);
        postgres = new PostgresWork(db::count);
        // The demo's staff (Fran logs complaints, Olivia answers them) for the lifecycles.
        nodeA = new ApplicationProcess("benchmark-node-a", database, "--charterdesk.demo.enabled=true");
        nodeB = new ApplicationProcess("benchmark-node-b", database);
        nodeA.start();
        nodeA.awaitOk("/actuator/health/readiness", READY);
    }

    @AfterAll
    static void stopTheNodes() {
        nodeA.close();
        nodeB.close();
        EmbeddedPostgresServer.release();
    }

    @Test
    void complaintsToOneNodeAndToTwoBehindNginx() {
        long casesBefore = db.count("select count(*) from case_file");
        URI direct = nodeA.uri("/api/v1/complaints");
        HttpIntake.send(direct, 4, WARM_UP, MOST, "warm-up");
        Run oneAt16 = null;
        for (int clients : new int[] {4, 16, 64}) {
            Run run = measure("one node", direct, clients, List.of(nodeA));
            oneAt16 = clients == 16 ? run : oneAt16;
        }
        Run oneBehindNginx;
        try (LoadBalancer nginx = new LoadBalancer("benchmark-nginx-one", List.of(nodeA.port())).start()) {
            oneBehindNginx = measure("one node behind nginx", nginx.uri("/api/v1/complaints"), 16, List.of(nodeA));
        }
        nodeB.start();
        nodeB.awaitOk("/actuator/health/readiness", READY);
        HttpIntake.send(nodeB.uri("/api/v1/complaints"), 4, WARM_UP, MOST, "warm-up-b");
        Run twoBehindNginx;
        try (LoadBalancer nginx =
                new LoadBalancer("benchmark-nginx-two", List.of(nodeA.port(), nodeB.port())).start()) {
            twoBehindNginx =
                    measure("two nodes behind nginx", nginx.uri("/api/v1/complaints"), 16, List.of(nodeA, nodeB));
        }
        BenchmarkReport.ratio(
                BENCHMARK,
                "two nodes behind nginx, 16 clients: complaints a second",
                twoBehindNginx.perSecond() / oneBehindNginx.perSecond(),
                "one node behind nginx, 16 clients");
        BenchmarkReport.ratio(
                BENCHMARK,
                "one node behind nginx, 16 clients: complaints a second",
                oneBehindNginx.perSecond() / oneAt16.perSecond(),
                "one node direct, 16 clients");
        assertThat(db.count("select count(*) from case_file")).isEqualTo(casesBefore + 5L * PER_RUN + 2L * WARM_UP);
        lifecyclesOnOneNodeAndOnTwo();
    }

    /**
     * Whole stage 1 lifecycles through the API (log, look up, take, answer: four requests, each signed in with HTTP
     * Basic), through nginx to node A alone and to both nodes, and the ratio between them.
     */
    private static void lifecyclesOnOneNodeAndOnTwo() {
        BenchmarkReport.value(
                LIFECYCLE,
                "one HTTP Basic password check (BCrypt, strength 10), in the benchmark's JVM",
                "ms",
                passwordCheckMillis(),
                "20 checks");
        Run one;
        try (LoadBalancer nginx = new LoadBalancer("benchmark-nginx-life-one", List.of(nodeA.port())).start()) {
            HttpLifecycle.run(nginx.uri("/"), 4, WARM_UP / 3, MOST, "warm-up");
            one = lifecycles("one node behind nginx", nginx.uri("/"), List.of(nodeA));
        }
        Run two;
        try (LoadBalancer nginx =
                new LoadBalancer("benchmark-nginx-life-two", List.of(nodeA.port(), nodeB.port())).start()) {
            two = lifecycles("two nodes behind nginx", nginx.uri("/"), List.of(nodeA, nodeB));
        }
        BenchmarkReport.ratio(
                LIFECYCLE,
                "two nodes behind nginx, " + LIFECYCLE_CLIENTS + " clients: lifecycles a second",
                two.perSecond() / one.perSecond(),
                "one node behind nginx");
        assertThat(db.count("select count(*) from case_file where status = 'CLOSED'"
                        + " and customer_email like '%-lifecycle.%@example.com'"))
                .as("every lifecycle ended with its case closed")
                .isEqualTo(2L * LIFECYCLES);
    }

    private static double passwordCheckMillis() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        String hash = encoder.encode("demo");
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertThat(encoder.matches("demo", hash)).isTrue();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return BenchmarkReport.quantile(millis, 0.5);
    }

    private static Run measure(String label, URI intake, int clients, List<ApplicationProcess> nodes) {
        return measure(
                BENCHMARK,
                "complaint",
                label + ", " + clients + " clients",
                nodes,
                PER_RUN,
                () -> HttpIntake.send(intake, clients, PER_RUN, MOST, label.replace(' ', '-') + clients));
    }

    private static Run lifecycles(String label, URI base, List<ApplicationProcess> nodes) {
        return measure(
                LIFECYCLE,
                "lifecycle",
                label + ", " + LIFECYCLE_CLIENTS + " clients",
                nodes,
                LIFECYCLES,
                () -> HttpLifecycle.run(
                        base, LIFECYCLE_CLIENTS, LIFECYCLES, MOST, label.replace(' ', '-') + "-lifecycle"));
    }

    /** Runs a load and reports its figures per unit of work (a complaint, a lifecycle), and what it cost. */
    private static Run measure(
            String benchmark,
            String unit,
            String what,
            List<ApplicationProcess> nodes,
            int total,
            Supplier<BoundedLoad.Result> load) {
        PostgresWork.Sample before = postgres.sample();
        Duration nodesBefore = cpu(nodes);
        BoundedLoad.Result result = load.get();
        PostgresWork.Sample after = postgres.sample();
        int done = result.millis().length;
        double nodeMillis = (cpu(nodes).minus(nodesBefore)).toNanos() / 1e6 / done;
        double seconds = result.elapsed().toNanos() / 1e9;
        String size = done + " " + unit + "s";
        BenchmarkReport.timings(benchmark, "latency, " + what, size, result.millis());
        BenchmarkReport.value(benchmark, unit + "s a second, " + what, "per s", done / seconds, size);
        BenchmarkReport.value(
                benchmark, "errors, " + what, "count", result.errors().size(), size);
        double pgMillis = after.cpuMillisSince(before) / done;
        double commits = after.commitsSince(before) / (double) done;
        BenchmarkReport.value(benchmark, "PostgreSQL processor time per " + unit + ", " + what, "ms", pgMillis, size);
        BenchmarkReport.value(benchmark, "PostgreSQL commits per " + unit + ", " + what, "count", commits, size);
        BenchmarkReport.value(benchmark, "nodes' processor time per " + unit + ", " + what, "ms", nodeMillis, size);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK %s, %s: %d in %.1f s = %.1f/s; p95 %.0f ms; %d errors;"
                        + " per %s PostgreSQL %.2f ms CPU and %.1f commits, nodes %.2f ms CPU%n",
                benchmark,
                what,
                done,
                seconds,
                done / seconds,
                BoundedLoad.p95(result.millis()),
                result.errors().size(),
                unit,
                pgMillis,
                commits,
                nodeMillis);
        assertThat(result.errors()).as(what).isEmpty();
        assertThat(result.accepted()).as(what).isEqualTo(total);
        return new Run(done / seconds);
    }

    private static Duration cpu(List<ApplicationProcess> nodes) {
        return nodes.stream().map(ApplicationProcess::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private record Run(double perSecond) {}
}
