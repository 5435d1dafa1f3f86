package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.complaints.steps.TriageStep;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.DatabaseQueries;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.PostgresWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint's whole stage 1, one after another, through the services the screens call: received from the public
 * form, triaged, claimed, answered (which closes it). Per lifecycle: the time, PostgreSQL's processor time (all its
 * processes, from the operating system) and commits, and this JVM's processor time (and the JIT compiler's share
 * of it): PostgreSQL's share of the work. Then the stage 2 path for each of those complaints: the customer asks for
 * stage 2, a manager approves, an officer (not the one who answered stage 1, as the charter promises) acknowledges
 * it with the points and submits the final response (upheld, with an apology), another manager signs it off (which
 * closes the case). Beside both, in the same run, the bare engine ({@link BareEngine}) through the same steps, and
 * the ratios. Both warm up, in turn, until the JIT compiler is nearly idle, before either is measured.
 */
@Tag("benchmark")
class LifecycleBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Stage 1 lifecycle";
    private static final int WARM_UP_ROUND = 50;
    private static final Duration WARM_UP_AT_MOST = Duration.ofMinutes(5);
    private static final double QUIET_JIT = 0.05;
    private static final int LIFECYCLES = 300;

    @Autowired
    TriageStep triage;

    @Autowired
    TaskActions tasks;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    InvestigationSteps investigation;

    @Test
    void receivedTriagedClaimedAnsweredAndClosedBesideTheBareEngine() {
        at(LocalDate.of(2026, 11, 2));
        String bareDatabase = EmbeddedPostgresServer.newDatabase();
        try (BareEngine bare = new BareEngine(bareDatabase)) {
            int warmedUp = warmUp(bare);
            BenchmarkReport.value(
                    BENCHMARK,
                    "lifecycles each to warm up, until the JIT compiler is nearly idle",
                    "count",
                    warmedUp,
                    "both paths, Charterdesk and the bare engine in turn");
            // The warm-up leaves both databases with many dead rows (the engine's runtime tables churn), which
            // autovacuum would otherwise clean up, on the same two cores, while one side or the other is measured.
            jdbc.execute("vacuum analyze");
            new DatabaseQueries(bareDatabase).update("vacuum analyze");
            measureBoth(bare, bareDatabase, warmedUp);
        } finally {
            EmbeddedPostgresServer.release();
        }
    }

    /**
     * Both warm up, in turn, before either is measured: they share the engine's code, which the JIT compiles for both
     * (when the bare engine warmed up only after Charterdesk's run, it found most of it compiled already). In rounds,
     * until the JIT's compiling takes less than a twentieth of a round's time, or five minutes: Charterdesk's larger
     * code (Hibernate, Spring, the mail templates) kept the compiler busy for more than a minute of lifecycles, which
     * a node that has run for an hour no longer pays. Returns how many lifecycles each ran.
     */
    private int warmUp(BareEngine bare) {
        long giveUp = System.nanoTime() + WARM_UP_AT_MOST.toNanos();
        int done = 0;
        double compiling;
        do {
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long began = System.nanoTime();
            for (int i = 0; i < WARM_UP_ROUND; i++, done++) {
                stage2(lifecycle(done), done);
                String instance = bare.receive();
                bare.triageClaimAndRespond(instance, "olivia");
                bare.escalateAndAnswerAtStage2(instance, "harry", "max");
            }
            compiling = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore)
                    / ((System.nanoTime() - began) / 1e6);
        } while (compiling > QUIET_JIT && System.nanoTime() < giveUp);
        return done;
    }

    /** Both measured, one after the other; the complaints are numbered on from the {@code warmedUp} before them. */
    private void measureBoth(BareEngine bare, String bareDatabase, int warmedUp) {
        double[] receipts = timed(i -> webComplaint("housing", "receipt." + i + "@example.com"));
        PostgresWork postgres = new PostgresWork(sql -> jdbc.queryForObject(sql, Long.class));
        List<String> references = new ArrayList<>();
        Work charterdesk = measured(postgres, i -> references.add(lifecycle(warmedUp + i)));
        assertThat(references)
                .allSatisfy(
                        reference -> assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.CLOSED));
        Work charterdeskStage2 = measured(postgres, i -> stage2(references.get(i), warmedUp + i));
        assertThat(references).allSatisfy(reference -> {
            CaseFile closed = reload(reference);
            assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.getStage()).isEqualTo(Stage.STAGE_2);
        });

        double[] bareReceipts = timed(i -> bare.receive());
        List<String> instances = new ArrayList<>();
        PostgresWork barePostgres = new PostgresWork(new DatabaseQueries(bareDatabase)::count);
        Work bareWork = measured(barePostgres, i -> {
            String instance = bare.receive();
            bare.triageClaimAndRespond(instance, "olivia");
            instances.add(instance);
        });
        assertThat(instances)
                .allSatisfy(
                        instance -> assertThat(bare.awaitsCustomer(instance)).isTrue());
        Work bareStage2 = measured(barePostgres, i -> bare.escalateAndAnswerAtStage2(instances.get(i), "harry", "max"));
        assertThat(instances)
                .allSatisfy(instance -> assertThat(bare.ended(instance)).isTrue());
        report("Charterdesk", receipts);
        report("bare engine", bareReceipts);
        report("Charterdesk", Path.STAGE_1, charterdesk);
        report("bare engine", Path.STAGE_1, bareWork);
        report("Charterdesk", Path.STAGE_2, charterdeskStage2);
        report("bare engine", Path.STAGE_2, bareStage2);
        BenchmarkReport.ratio(
                BENCHMARK,
                "receipts a second, one caller",
                median(bareReceipts) / median(receipts),
                "the bare engine's (Charterdesk's rate / the bare engine's)");
        BenchmarkReport.ratio(
                BENCHMARK,
                "stage 1 lifecycles a second, one caller",
                median(bareWork.millis()) / median(charterdesk.millis()),
                "the bare engine's (Charterdesk's rate / the bare engine's)");
        BenchmarkReport.ratio(
                BENCHMARK,
                "stage 2 paths a second, one caller",
                median(bareStage2.millis()) / median(charterdeskStage2.millis()),
                "the bare engine's (Charterdesk's rate / the bare engine's)");
    }

    /** What one run of lifecycles took: each one's time, and PostgreSQL's and this JVM's work per lifecycle. */
    private record Work(
            double[] millis, double seconds, double pgMillis, double commits, double jvmMillis, double jitMillis) {}

    private static Work measured(PostgresWork postgres, NumberedCall lifecycle) {
        PostgresWork.Sample before = postgres.sample();
        Duration jvmBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        double[] millis = timed(lifecycle::accept);
        double seconds = (System.nanoTime() - start) / 1e9;
        Duration jvm =
                ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(jvmBefore);
        PostgresWork.Sample after = postgres.sample();
        return new Work(
                millis,
                seconds,
                after.cpuMillisSince(before) / LIFECYCLES,
                after.commitsSince(before) / (double) LIFECYCLES,
                jvm.toNanos() / 1e6 / LIFECYCLES,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) / (double) LIFECYCLES);
    }

    private static double[] timed(NumberedCall each) {
        double[] millis = new double[LIFECYCLES];
        for (int i = 0; i < LIFECYCLES; i++) {
            long began = System.nanoTime();
            each.accept(i);
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        return millis;
    }

    /** One numbered call, whatever it returns. */
    private interface NumberedCall {
        void accept(int i);
    }

    /** A path through the procedure as the report names it: the whole, many of them, one of them. */
    private record Path(String name, String plural, String each, String size) {

        static final Path STAGE_1 =
                new Path("whole stage 1", "stage 1 lifecycles", "lifecycle", LIFECYCLES + " complaints");
        static final Path STAGE_2 =
                new Path("stage 2 path", "stage 2 paths", "stage 2 path", LIFECYCLES + " complaints closed at stage 1");
    }

    private static void report(String who, double[] receipts) {
        BenchmarkReport.timings(BENCHMARK, "receipt, one caller, " + who, Path.STAGE_1.size(), receipts);
        System.out.printf(Locale.ROOT, "BENCHMARK %s: receipt median %.1f ms%n", who, median(receipts));
    }

    private static void report(String who, Path path, Work work) {
        String size = path.size();
        BenchmarkReport.timings(BENCHMARK, path.name() + ", one caller, " + who, size, work.millis());
        BenchmarkReport.value(
                BENCHMARK, path.plural() + " a second, one caller, " + who, "per s", LIFECYCLES / work.seconds(), size);
        BenchmarkReport.value(
                BENCHMARK, "PostgreSQL processor time per " + path.each() + ", " + who, "ms", work.pgMillis(), size);
        BenchmarkReport.value(
                BENCHMARK, "PostgreSQL commits per " + path.each() + ", " + who, "count", work.commits(), size);
        BenchmarkReport.value(
                BENCHMARK, "JVM processor time per " + path.each() + ", " + who, "ms", work.jvmMillis(), size);
        BenchmarkReport.value(
                BENCHMARK, "of which the JIT compiling, per " + path.each() + ", " + who, "ms", work.jitMillis(), size);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK %s: %s median %.1f ms (%.1f a second); per %s PostgreSQL %.1f ms CPU and %.1f commits, JVM"
                        + " %.1f ms CPU (JIT %.1f ms)%n",
                who,
                path.name(),
                median(work.millis()),
                LIFECYCLES / work.seconds(),
                path.each(),
                work.pgMillis(),
                work.commits(),
                work.jvmMillis(),
                work.jitMillis());
    }

    private static double median(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return BenchmarkReport.quantile(sorted, 0.5);
    }

    private String lifecycle(int i) {
        String reference =
                webComplaint("housing", "lifecycle." + i + "@example.com").getReference();
        triage.complete(
                taskId(reference, ComplaintStep.TRIAGE_CONTACT),
                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null),
                olivia);
        String respond = taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE);
        tasks.claim(respond, olivia);
        frontline.respond(
                respond, new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null), olivia);
        return reference;
    }

    /** The stage 2 path of a complaint closed at stage 1 by {@link #lifecycle}, ending with the case closed. */
    private void stage2(String reference, int i) {
        escalations.request(
                reference,
                new EscalationRequest("lifecycle." + i + "@example.com", "Nobody has mended the window."),
                Optional.empty());
        decisions.decideEscalation(taskId(reference, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        investigation.acknowledge(
                taskId(reference, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("Whether the window was mended"), null),
                harry);
        investigation.submit(
                taskId(reference, ComplaintStep.INVESTIGATE),
                new InvestigationInput(
                        List.of("It was not mended for six weeks."),
                        new DecisionInput(Outcome.UPHELD, "It was not mended.", "We are sorry.", null, null)),
                harry);
        decisions.signOffFinalResponse(
                taskId(reference, ComplaintStep.SIGN_OFF_FINAL_RESPONSE), ManagerDecision.approved(), max);
    }
}
