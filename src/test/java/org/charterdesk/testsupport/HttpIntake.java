package org.charterdesk.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A bounded load of anonymous complaints to {@code POST /api/v1/complaints}: a given number in all, from a given
 * number of concurrent clients (each its own HTTP client), stopping early if the time runs out. Each complaint's
 * time from request to answer is kept; anything but "201 Created" is an error.
 */
public final class HttpIntake {

    private HttpIntake() {}

    /** What a load did: the complaints accepted, each answer's time in milliseconds, the errors, the time it took. */
    public record Result(int accepted, double[] millis, List<String> errors, Duration elapsed) {}

    public static Result send(URI intake, int clients, int total, Duration most, String emailPrefix) {
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
                                String error = sendOne(http, intake, emailPrefix, i);
                                millis[i] = (System.nanoTime() - sent) / 1e6;
                                if (error == null) {
                                    accepted.incrementAndGet();
                                } else {
                                    errors.add(error);
                                }
                            }
                        },
                        "intake-" + client))
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

    private static String sendOne(HttpClient http, URI intake, String emailPrefix, int i) {
        String body = """
                {"service": "%s", "customer": {"name": "Load Tester", "email": "%s.%d@example.com"},
                 "whatHappened": "Complaint %d of a bounded load."}""".formatted(i % 2 == 0 ? "housing" : "waste", emailPrefix, i, i);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(intake)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 201 ? null : response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
