package org.charterdesk.testsupport;

import static org.charterdesk.testsupport.Waiting.pause;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Customers sending complaints through the public API, from several threads, until stopped. A complaint counts as
 * accepted only when its answer gave a reference: what a customer was told was taken must never be lost.
 */
public final class IntakeLoad implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private final URI intake;
    private final String emailPrefix;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean loading = new AtomicBoolean();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private List<Thread> senders = List.of();

    /** Complaints to {@code intake} ({@code .../api/v1/complaints}), from addresses starting {@code emailPrefix}. */
    public IntakeLoad(URI intake, String emailPrefix) {
        this.intake = intake;
        this.emailPrefix = emailPrefix;
    }

    public IntakeLoad start(int threads) {
        loading.set(true);
        senders = IntStream.range(0, threads)
                .mapToObj(n -> {
                    Thread sender = new Thread(() -> send(n), "load-" + n);
                    sender.start();
                    return sender;
                })
                .toList();
        return this;
    }

    /** The references given so far. */
    public Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    /** What went wrong with the complaints that were not accepted: a status and body, or the exception. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public int acceptedCount() {
        return accepted.size();
    }

    /** Stops sending and waits for the threads to finish their last request. */
    @Override
    public void close() {
        loading.set(false);
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(int thread) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; loading.get(); i++) {
            try {
                HttpResponse<String> response = http.send(
                        HttpIntake.complaint(intake, emailPrefix + thread, i), HttpResponse.BodyHandlers.ofString());
                Matcher reference = REFERENCE.matcher(response.body());
                if (response.statusCode() == 201 && reference.find()) {
                    accepted.add(reference.group(1));
                } else {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                failures.add(e.toString());
                pause(Duration.ofMillis(100)); // down, or killed mid-request: no reference was given
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
