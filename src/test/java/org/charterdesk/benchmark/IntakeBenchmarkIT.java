package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast complaints are received end to end: validation, reference, charter timescales, deadline, outbox,
 * timeline, process start, triage decision table, first task with its timers, all in one transaction on
 * PostgreSQL. Prints figures; asserts nothing about speed (machines are shared and noisy). Not part of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw verify -Dbenchmark.exclude=none -Dit.test=IntakeBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class IntakeBenchmarkIT extends IntegrationTestBase {

    private static final int WARM_UP = 100;
    private static final int SEQUENTIAL = 500;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 250;

    @Test
    void receivingComplaints() throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            phoneComplaint("housing", null);
        }

        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL; i++) {
            long t = System.nanoTime();
            phoneComplaint("housing", null);
            latencies.add(System.nanoTime() - t);
        }
        report("one caller", SEQUENTIAL, System.nanoTime() - start, latencies);

        List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long begin = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        long t = System.nanoTime();
                        phoneComplaint(i % 2 == 0 ? "housing" : "waste", null);
                        concurrent.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            report(THREADS + " callers", THREADS * PER_THREAD, System.nanoTime() - begin, concurrent);
        } finally {
            pool.shutdown();
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK heap in use after the run: %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        assertThat(concurrent).hasSize(THREADS * PER_THREAD);
    }

    private static void report(String label, int count, long nanos, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        BenchmarkReport.timings(
                "Intake",
                "receipt latency, " + label,
                count + " complaints",
                sorted.stream().mapToDouble(l -> l / 1e6).toArray());
        BenchmarkReport.value("Intake", "receipts, " + label, "per s", count / (nanos / 1e9), count + " complaints");
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK intake, %s: %d complaints in %.2f s = %.0f/s; latency median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                label,
                count,
                nanos / 1e9,
                count / (nanos / 1e9),
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
    }
}
