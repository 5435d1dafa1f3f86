package org.charterdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The failed attempts that limits count, kept in the database so that every node counts the same ones. Each is
 * written in a transaction of its own, so it counts even when the request that made it fails.
 */
@Component
class FailureLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    FailureLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void write(String sql, Object... values) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(sql, values));
    }

    /** The times of the failures that match, within the window before now, oldest first. */
    List<Instant> since(String sql, Duration window, Object key) {
        return jdbc.query(
                sql, (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant(), key, at(now().minus(window)));
    }

    /** When a key with these failures in the window may try again, if it has reached its limit. */
    static Optional<Instant> blockedUntil(List<Instant> failures, int limit, Duration window) {
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(failures.get(failures.size() - limit).plus(window));
    }

    static Object at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
