package org.charterdesk.audit;

import java.time.Instant;

/** One line of the audit log: when, who (a username, "customer" or "system"), what, and which case if any. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String caseReference, String what) {}
