package org.charterdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing at what only a customer knows (the email address on their complaint). Wrong guesses are
 * counted per key (the caller's address, the case reference) over a sliding window; past the limit, every
 * attempt on that key is refused until the oldest wrong guess leaves the window. Counts are kept in memory on each
 * node, which is enough to make guessing slow.
 */
@Component
public class WrongGuesses {

    private static final int MAX_KEYS = 100_000;

    private final WrongGuessProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public WrongGuesses(WrongGuessProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses the attempt if any key has had too many wrong guesses lately. */
    public void checkAllowed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> recent = failures.get(key);
            if (recent == null) {
                continue;
            }
            synchronized (recent) {
                prune(recent, now);
                if (recent.size() >= properties.limit()) {
                    throw new TooManyGuessesException(
                            Duration.between(now, recent.peekFirst().plus(properties.window())));
                }
            }
        }
    }

    public void recordFailure(String... keys) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        for (String key : keys) {
            Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent, now);
                recent.addLast(now);
            }
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(properties.window());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
    }
}
