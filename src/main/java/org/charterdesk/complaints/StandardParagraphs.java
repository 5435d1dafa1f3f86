package org.charterdesk.complaints;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.Charter;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each service's standard paragraphs: reusable words (how repairs are booked, how to pay) that officers insert into a
 * response. The service's staff read them; its managers and administrators write them; every change is in the audit
 * log with the words before and after. Two people saving the same paragraph at once: the second is told.
 */
@Service
public class StandardParagraphs {

    private static final RowMapper<Paragraph> ROW = (row, n) ->
            new Paragraph(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Charter charter;
    private final Clock clock;

    StandardParagraphs(JdbcTemplate jdbc, AuditLog audit, Charter charter, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    /** A paragraph as the screens show it; {@code version} guards against two people overwriting each other. */
    public record Paragraph(long id, String serviceCode, String title, String text, long version) {}

    /** A service's paragraphs by title, for its staff (and customer services and administrators). */
    @Transactional(readOnly = true)
    public List<Paragraph> of(String serviceCode, StaffMember member) {
        if (!member.maySeeService(serviceCode)) {
            throw new CaseAccessDeniedException("You do not work in this service");
        }
        return jdbc.query(
                "select id, service_code, title, text, version from standard_paragraph where service_code = ?"
                        + " order by lower(title), id",
                ROW,
                serviceCode);
    }

    /** Adds a paragraph ({@code id} null) or changes one, as a manager of the service or an administrator. */
    @Transactional
    public void save(Long id, String serviceCode, String title, String text, Long version, StaffMember member) {
        checkMayEdit(serviceCode, member);
        check(title, text);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String service = charter.serviceName(serviceCode);
        if (id == null) {
            jdbc.update(
                    "insert into standard_paragraph (service_code, title, text, version, updated_by, updated_at)"
                            + " values (?, ?, ?, 0, ?, ?)",
                    serviceCode,
                    title.strip(),
                    text.strip(),
                    member.username(),
                    now);
            audit.recordChange(
                    member.username(),
                    null,
                    "Added the standard paragraph '" + title.strip() + "' for " + service + ": " + text.strip());
            return;
        }
        Paragraph before = find(id, serviceCode);
        int changed = jdbc.update(
                "update standard_paragraph set title = ?, text = ?, version = version + 1, updated_by = ?,"
                        + " updated_at = ? where id = ? and version = ?",
                title.strip(),
                text.strip(),
                member.username(),
                now,
                id,
                version);
        if (changed == 0) {
            throw new ProcedureConflictException("Someone else changed '" + before.title() + "' while you were"
                    + " editing it. It now reads: " + before.text());
        }
        audit.recordChange(
                member.username(),
                null,
                "Changed the standard paragraph '" + before.title() + "' for " + service + " from: " + before.text()
                        + " To: " + text.strip());
    }

    /** Removes a paragraph, as a manager of the service or an administrator. */
    @Transactional
    public void remove(long id, String serviceCode, StaffMember member) {
        checkMayEdit(serviceCode, member);
        Paragraph before = find(id, serviceCode);
        jdbc.update("delete from standard_paragraph where id = ?", id);
        audit.recordChange(
                member.username(),
                null,
                "Removed the standard paragraph '" + before.title() + "' for " + charter.serviceName(serviceCode) + ": "
                        + before.text());
    }

    private static void check(String title, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Give the paragraph a short title");
        } else if (title.strip().length() > 200) {
            errors.put("title", "Keep the title to 200 characters");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "Write the paragraph");
        } else if (text.strip().length() > 4000) {
            errors.put("text", "Keep the paragraph to 4,000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Paragraph find(long id, String serviceCode) {
        return jdbc
                .query(
                        "select id, service_code, title, text, version from standard_paragraph where id = ?"
                                + " and service_code = ?",
                        ROW,
                        id,
                        serviceCode)
                .stream()
                .findFirst()
                .orElseThrow(() -> new ProcedureConflictException("That paragraph has been removed"));
    }

    private static void checkMayEdit(String serviceCode, StaffMember member) {
        if (!member.administrator() && !member.isManagerOf(serviceCode)) {
            throw new CaseAccessDeniedException("Only the service's managers and administrators edit its paragraphs");
        }
    }
}
