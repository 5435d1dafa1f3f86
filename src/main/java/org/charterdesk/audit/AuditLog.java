package org.charterdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.charterdesk.security.RequestLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log. An entry is written in the caller's transaction when there is one, so that a change and its
 * entry are committed together or not at all; a view is written on its own. Each entry is also logged (user and
 * case, never the customer's personal data), for a council's log collector; the case joins the log context of the
 * rest of the request.
 */
@Service
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int WHAT_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate onItsOwn;

    AuditLog(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A change: written in the transaction that makes it, so both are kept or neither. */
    public void recordChange(String actor, String caseReference, String what) {
        record(actor, AuditAction.CHANGED, caseReference, what);
    }

    /** A view, export or download: written at once in a transaction of its own (the caller's may be read-only). */
    public void recordAccess(String actor, AuditAction action, String caseReference, String what) {
        onItsOwn.executeWithoutResult(status -> record(actor, action, caseReference, what));
    }

    /** Any entry, in the caller's transaction if there is one. */
    public void record(String actor, AuditAction action, String caseReference, String what) {
        if (caseReference != null) {
            MDC.put(RequestLogContext.CASE, caseReference);
        }
        Instant now = clock.instant();
        String shortWhat = what.length() > WHAT_LENGTH ? what.substring(0, WHAT_LENGTH - 1) + "…" : what;
        jdbc.update(
                "insert into audit_entry (occurred_at, actor, action, case_reference, what) values (?, ?, ?, ?, ?)",
                now.atOffset(ZoneOffset.UTC),
                actor,
                action.name(),
                caseReference,
                shortWhat);
        LOG.info("Audit: {} {} {}: {}", actor, action.displayName().toLowerCase(), caseReference, shortWhat);
    }
}
