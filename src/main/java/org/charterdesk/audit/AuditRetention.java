package org.charterdesk.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.charterdesk.cluster.ClusterLocks;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the audit log for {@code charterdesk.audit.keep} and no longer. At start-up the period is written where the
 * database's own rules read it (changing it is itself an audit entry); every night, one node removes the entries
 * older than that. The database refuses to remove any younger entry.
 */
@Component
@Order(4)
class AuditRetention implements SetUpBeforeServing {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final AuditProperties properties;
    private final ClusterLocks locks;
    private final Clock clock;

    AuditRetention(JdbcTemplate jdbc, AuditProperties properties, ClusterLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void setUp() {
        long days = keepDays();
        Long current = jdbc.query(
                "select keep_days from audit_policy where id = 1", row -> row.next() ? row.getLong(1) : null);
        if (current == null) {
            jdbc.update("insert into audit_policy (id, keep_days) values (1, ?)", days);
        } else if (current != days) {
            jdbc.update("update audit_policy set keep_days = ? where id = 1", days);
        } else {
            return;
        }
        jdbc.update(
                "insert into audit_entry (occurred_at, actor, action, what) values (?, 'system', 'POLICY', ?)",
                clock.instant().atOffset(ZoneOffset.UTC),
                "Audit entries kept for " + properties.keep() + " (" + days + " days)"
                        + (current == null ? "" : ", was " + current + " days"));
    }

    private long keepDays() {
        LocalDate today = LocalDate.now(clock);
        return ChronoUnit.DAYS.between(today.minus(properties.keep()), today);
    }

    @Scheduled(cron = "${charterdesk.audit.purge-cron:0 15 2 * * *}")
    void nightly() {
        locks.runAlone("audit-purge", this::purge);
    }

    /** Removes the entries older than the keeping period; returns how many. */
    int purge() {
        LocalDate cutoff = LocalDate.now(clock).minus(properties.keep());
        int removed = jdbc.update(
                "delete from audit_entry where occurred_at < ?",
                cutoff.atStartOfDay().atOffset(ZoneOffset.UTC));
        if (removed > 0) {
            LOG.info("Removed {} audit entries older than {}", removed, cutoff);
        }
        return removed;
    }
}
