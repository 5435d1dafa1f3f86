package org.charterdesk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charterdesk.security.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Finds audit entries for administrators, newest first, a page at a time, and exports them as CSV. */
@Service
public class AuditSearch {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    AuditSearch(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What to look for; any part may be null. Days are UK dates, both ends included. */
    public record Filter(String caseReference, String actor, AuditAction action, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public List<AuditEntry> find(StaffMember viewer, Filter filter, int offset, int limit) {
        checkAdministrator(viewer);
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        values.add(limit);
        values.add(offset);
        return jdbc.query(
                "select id, occurred_at, actor, action, case_reference, what from audit_entry" + where
                        + " order by occurred_at desc, id desc limit ? offset ?",
                (row, n) -> new AuditEntry(
                        row.getLong(1),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getString(3),
                        AuditAction.valueOf(row.getString(4)),
                        row.getString(5),
                        row.getString(6)),
                values.toArray());
    }

    public int count(StaffMember viewer, Filter filter) {
        checkAdministrator(viewer);
        List<Object> values = new ArrayList<>();
        Integer count = jdbc.queryForObject(
                "select count(*) from audit_entry" + where(filter, values), Integer.class, values.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Writes every entry the filter finds as CSV, newest first, a row at a time (years of entries never sit in
     * memory at once); the export is itself in the audit log.
     */
    public void writeCsv(StaffMember viewer, Filter filter, OutputStream out) {
        checkAdministrator(viewer);
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("When (UTC)", "Who", "Done", "Case", "What")
                        .get())) {
            jdbc.query(
                    "select occurred_at, actor, action, case_reference, what from audit_entry" + where
                            + " order by occurred_at desc, id desc",
                    (ResultSet row) -> {
                        try {
                            csv.printRecord(
                                    row.getObject(1, OffsetDateTime.class).toInstant(),
                                    row.getString(2),
                                    AuditAction.valueOf(row.getString(3)).displayName(),
                                    row.getString(4),
                                    row.getString(5));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordAccess(
                viewer.username(), AuditAction.EXPORTED, null, "Exported the audit log as CSV" + describe(filter));
    }

    private static String describe(Filter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.caseReference() != null && !filter.caseReference().isBlank()) {
            parts.add("case " + filter.caseReference().strip());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            parts.add("by " + filter.actor().strip());
        }
        if (filter.action() != null) {
            parts.add(filter.action().displayName().toLowerCase());
        }
        if (filter.from() != null) {
            parts.add("from " + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to " + filter.to());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void checkAdministrator(StaffMember viewer) {
        if (!viewer.administrator()) {
            throw new AccessDeniedException("Only administrators read the audit log");
        }
    }

    private static String where(Filter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.caseReference() != null && !filter.caseReference().isBlank()) {
            conditions.add("case_reference = ?");
            values.add(filter.caseReference().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = ?");
            values.add(filter.actor().strip());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            values.add(filter.action().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            values.add(filter.from().atStartOfDay(UK).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            values.add(filter.to().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
