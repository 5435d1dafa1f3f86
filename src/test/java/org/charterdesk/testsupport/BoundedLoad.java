package org.charterdesk.testsupport;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A bounded load over HTTP: a given number of units of work in all, from a given number of concurrent clients (each
 * its own HTTP client), stopping early if the time runs out. Each unit's time is kept, and what went wrong with it.
 */
public final class BoundedLoad {

    private BoundedLoad() {}

    /** One unit of work, the {@code i}th; the error when it went wrong, or null. */
    @FunctionalInterface
    public interface Unit {
        String run(HttpClient http, int i);
    }

    /** What a load did: the units done without error, each one's time in milliseconds, the errors, the time taken. */
    public record Result(int accepted, double[] millis, List<String> errors, Duration elapsed) {}

    public static Result run(int clients, int total, Duration most, Unit unit) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        double[] millis = new double[total];
        List<String> errors = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        long deadline = start + most.toNanos();
        List<Thread> threads = IntStream.range(0, clients)
                .mapToObj(client -> new Thread(
                        () -> {
                            HttpClient http = HttpClient.newBuilder()
                                    .connectTimeout(Duration.ofSeconds(5))
                                    .build();
                            for (int i = next.getAndIncrement();
                                    i < total && System.nanoTime() < deadline;
                                    i = next.getAndIncrement()) {
                                long sent = System.nanoTime();
                                String error = unit.run(http, i);
                                millis[i] = (System.nanoTime() - sent) / 1e6;
                                if (error == null) {
                                    accepted.incrementAndGet();
                                } else {
                                    errors.add(error);
                                }
                            }
                        },
                        "load-" + client))
                .peek(Thread::start)
                .toList();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int done = Math.min(next.get(), total);
        return new Result(accepted.get(), Arrays.copyOf(millis, done), List.copyOf(errors), elapsed);
    }

    /** The 95th percentile of the times. */
    public static double p95(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return BenchmarkReport.quantile(sorted, 0.95);
    }
}
