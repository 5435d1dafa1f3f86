package org.charterdesk.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated wrong passwords, by account and by address, with a wait that doubles and then expires: the
 * first few failures cost nothing, so a mistyped password can be put right at once, and no number of failures locks
 * an account for good (the engine's own permanent lock is turned off). Every failure is recorded for
 * administrators, who can clear an account's failures; failures are kept for a set time, then deleted.
 */
@Component
public class SignInThrottle {

    private static final String BY_ACCOUNT =
            "select occurred_at from sign_in_failure where username = ? and occurred_at > ? order by occurred_at";
    private static final String BY_ADDRESS =
            "select occurred_at from sign_in_failure where remote_address = ? and occurred_at > ? order by occurred_at";

    private final SignInProperties properties;
    private final FailureLog log;
    private final JdbcTemplate jdbc;
    private final Counter failures;
    private final Counter throttled;

    SignInThrottle(SignInProperties properties, FailureLog log, JdbcTemplate jdbc, MeterRegistry registry) {
        this.properties = properties;
        this.log = log;
        this.jdbc = jdbc;
        this.failures = Counter.builder("charterdesk.sign-in.failures")
                .description("Wrong passwords given on this node")
                .register(registry);
        this.throttled = Counter.builder("charterdesk.sign-in.throttled")
                .description("Sign-ins refused on this node because they came too soon after wrong passwords")
                .register(registry);
    }

    /** A failed sign-in, as administrators see it. */
    public record Failure(String username, String address, Instant at) {}

    /** Refuses a sign-in that comes too soon after repeated failures for the account or from the address. */
    public void checkAllowed(String username, String address) {
        Instant now = log.now();
        Optional<Instant> until = later(
                tryAgainAt(BY_ACCOUNT, key(username), properties.freeFailuresPerAccount()),
                tryAgainAt(BY_ADDRESS, address, properties.freeFailuresPerAddress()));
        if (until.isPresent() && until.get().isAfter(now)) {
            throttled.increment();
            throw new SignInThrottledException(until.get(), Duration.between(now, until.get()));
        }
    }

    public void recordFailure(String username, String address) {
        failures.increment();
        log.write(
                "insert into sign_in_failure (username, remote_address, occurred_at) values (?, ?, ?)",
                key(username),
                address,
                FailureLog.at(log.now()));
    }

    /** A successful sign-in clears the account's count. */
    public void recordSuccess(String username) {
        log.write("delete from sign_in_failure where username = ?", key(username));
    }

    /** An administrator lets an account sign in at once. */
    public void clear(String username) {
        recordSuccess(username);
    }

    /** The latest failures, newest first. */
    public List<Failure> recentFailures(int limit) {
        return jdbc.query(
                "select username, remote_address, occurred_at from sign_in_failure order by occurred_at desc "
                        + "limit " + Math.max(1, limit),
                (row, n) -> new Failure(
                        row.getString(1),
                        row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant()));
    }

    /** When the account may sign in again, if it must wait now. */
    public Optional<Instant> accountWaitsUntil(String username) {
        return tryAgainAt(BY_ACCOUNT, key(username), properties.freeFailuresPerAccount())
                .filter(at -> at.isAfter(log.now()));
    }

    @Scheduled(cron = "0 17 * * * *")
    void forgetOldFailures() {
        log.write(
                "delete from sign_in_failure where occurred_at < ?",
                FailureLog.at(log.now().minus(properties.keepFailures())));
    }

    private Optional<Instant> tryAgainAt(String sql, String key, int free) {
        List<Instant> recent = log.since(sql, properties.window(), key);
        Duration wait = properties.waitAfter(recent.size(), free);
        return wait.isZero()
                ? Optional.empty()
                : Optional.of(recent.get(recent.size() - 1).plus(wait));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }
        return a.or(() -> b);
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.UK);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
