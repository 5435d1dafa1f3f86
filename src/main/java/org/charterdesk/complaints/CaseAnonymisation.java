package org.charterdesk.complaints;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.complaints.attachments.Attachments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a finished case's personal data: the customer's details, everything written in free text about them (what
 * happened, the outcome sought, reasons, decisions and findings, timeline entries) and the emails and letters sent.
 * What the statistics need stays: kind, channel, service, dates, stage, status, outcome, deadlines and whether they
 * were met, survey scores, and the learning for the service. Files on the case are removed, with their names.
 * Each removal is in the audit log.
 */
@Service
public class CaseAnonymisation {

    /** What a removed text reads afterwards. */
    public static final String REMOVED = "[Removed]";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Attachments attachments;

    CaseAnonymisation(JdbcTemplate jdbc, AuditLog audit, Clock clock, Attachments attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Anonymises one finished case, in one transaction; false if it is not finished or already anonymised.
     * {@code action} is {@link AuditAction#ANONYMISED} (retention) or {@link AuditAction#ERASED} (on request).
     */
    @Transactional
    public boolean anonymise(String reference, String actor, AuditAction action, String why) {
        Long id = jdbc.query(
                "select id from case_file where reference = ? and anonymised_at is null and closed_at is not null"
                        + " for update",
                row -> row.next() ? row.getLong(1) : null,
                reference);
        if (id == null) {
            return false;
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.update("""
                update case_file set version = version + 1, customer_name = ?, customer_email = null,
                       customer_phone = null, customer_address = null, support_needs = null, what_happened = ?,
                       outcome_sought = null, triage_note = null, escalation_reason = null,
                       escalation_decline_reason = null, agreed_outcome_sought = null, survey_token = null,
                       anonymised_at = ?, updated_at = ?
                 where id = ?""", REMOVED, REMOVED, now, now, id);
        jdbc.update(
                "update stage_decision set version = version + 1, response = ?, apology = null, remedy = null"
                        + " where case_id = ?",
                REMOVED,
                id);
        jdbc.update("update complaint_point set summary = ?, finding = null where case_id = ?", REMOVED, id);
        jdbc.update(
                "update extension_request set version = version + 1, reason = ?, decline_reason = null"
                        + " where case_id = ?",
                REMOVED,
                id);
        jdbc.update("update case_event set description = ? where case_id = ?", REMOVED, id);
        jdbc.update("update case_note set text = ? where case_id = ?", REMOVED, id);
        jdbc.update("update further_contact set what_happened = ? where case_id = ?", REMOVED, id);
        attachments.removeAllOf(id);
        jdbc.update("update survey_response set comment = null where case_id = ?", id);
        jdbc.update(
                "update notification set status = 'FAILED' where case_id = ? and status in ('PENDING', 'TO_CONTACT')",
                id);
        jdbc.update("""
                update notification set recipient = case when audience = 'CUSTOMER' then null else recipient end,
                       email_to = null, summary = ?, subject = ?, body_text = null, body_html = null,
                       last_error = null
                 where case_id = ?""", REMOVED, REMOVED, id);
        audit.record(actor, action, reference, why);
        return true;
    }
}
