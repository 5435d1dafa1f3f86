package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.DatabaseQueries;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.HttpIntake;
import org.charterdesk.testsupport.LoadBalancer;
import org.charterdesk.testsupport.PostgresWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
        nodeA = new ApplicationProcess("benchmark-node-a", database);
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
        assertThat(db.count("select count(*) from case_file")).isEqualTo(5L * PER_RUN + 2L * WARM_UP);
    }

    private static Run measure(String label, URI intake, int clients, List<ApplicationProcess> nodes) {
        PostgresWork.Sample before = postgres.sample();
        Duration nodesBefore = cpu(nodes);
        HttpIntake.Result result = HttpIntake.send(intake, clients, PER_RUN, MOST, label.replace(' ', '-') + clients);
        PostgresWork.Sample after = postgres.sample();
        double nodeMillis = (cpu(nodes).minus(nodesBefore)).toNanos() / 1e6 / PER_RUN;
        double seconds = result.elapsed().toNanos() / 1e9;
        String size = PER_RUN + " complaints";
        String what = label + ", " + clients + " clients";
        BenchmarkReport.timings(BENCHMARK, "latency, " + what, size, result.millis());
        BenchmarkReport.value(BENCHMARK, "complaints a second, " + what, "per s", PER_RUN / seconds, size);
        BenchmarkReport.value(
                BENCHMARK, "errors, " + what, "count", result.errors().size(), size);
        double pgMillis = after.cpuMillisSince(before) / PER_RUN;
        double commits = after.commitsSince(before) / (double) PER_RUN;
        BenchmarkReport.value(BENCHMARK, "PostgreSQL processor time per complaint, " + what, "ms", pgMillis, size);
        BenchmarkReport.value(BENCHMARK, "PostgreSQL commits per complaint, " + what, "count", commits, size);
        BenchmarkReport.value(BENCHMARK, "nodes' processor time per complaint, " + what, "ms", nodeMillis, size);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK intake over HTTP, %s: %d in %.1f s = %.0f/s; p95 %.0f ms; %d errors;"
                        + " per complaint PostgreSQL %.2f ms CPU and %.1f commits, nodes %.2f ms CPU%n",
                what,
                PER_RUN,
                seconds,
                PER_RUN / seconds,
                HttpIntake.p95(result.millis()),
                result.errors().size(),
                pgMillis,
                commits,
                nodeMillis);
        assertThat(result.errors()).as(what).isEmpty();
        assertThat(result.accepted()).as(what).isEqualTo(PER_RUN);
        return new Run(PER_RUN / seconds);
    }

    private static Duration cpu(List<ApplicationProcess> nodes) {
        return nodes.stream().map(ApplicationProcess::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private record Run(double perSecond) {}
}
