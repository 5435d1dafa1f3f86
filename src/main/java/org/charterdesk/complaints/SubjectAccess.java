package org.charterdesk.complaints;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access and erasure, for administrators: every case held about a customer (found by their email address),
 * exported as a ZIP of a PDF summary and every email and letter sent to them; and, on the customer's request with a
 * recorded reason, their personal data removed from every finished case. Open cases are kept until they are closed:
 * the council still needs them to answer the complaint.
 */
@Service
public class SubjectAccess {

    /** A case held about the customer. */
    public record HeldCase(
            String reference, CaseKind kind, String service, LocalDate receivedOn, CaseStatus status, boolean open) {}

    /** What an administrator gives to erase a customer's data. */
    public record Erasure(
            @NotBlank(message = "Give the customer's email address")
            String email,

            @NotBlank(message = "Say why the customer's data is being erased")
            @Size(max = 250, message = "Keep the reason to 250 characters")
            String reason) {}

    private static final List<String[]> CASE_FIELDS = List.of(
            new String[] {"Kind", "kind"},
            new String[] {"Service", "service_name"},
            new String[] {"How it reached us", "channel"},
            new String[] {"Received", "received_on"},
            new String[] {"Status", "status"},
            new String[] {"Name", "customer_name"},
            new String[] {"Email", "customer_email"},
            new String[] {"Phone", "customer_phone"},
            new String[] {"Address", "customer_address"},
            new String[] {"How to contact", "preferred_contact"},
            new String[] {"Support needs", "support_needs"},
            new String[] {"What happened", "what_happened"},
            new String[] {"Outcome sought", "outcome_sought"},
            new String[] {"Notes when the contact was sorted", "triage_note"},
            new String[] {"Reasons for asking for stage 2", "escalation_reason"},
            new String[] {"Why stage 2 was refused", "escalation_decline_reason"},
            new String[] {"Outcome agreed for stage 2", "agreed_outcome_sought"},
            new String[] {"Closed", "closed_at"});

    private final JdbcTemplate jdbc;
    private final CaseAnonymisation anonymisation;
    private final AuditLog audit;
    private final CouncilProperties council;
    private final InputRules rules;

    SubjectAccess(
            JdbcTemplate jdbc,
            CaseAnonymisation anonymisation,
            AuditLog audit,
            CouncilProperties council,
            InputRules rules) {
        this.jdbc = jdbc;
        this.anonymisation = anonymisation;
        this.audit = audit;
        this.council = council;
        this.rules = rules;
    }

    /** Every case with this email address for the customer, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldCase> casesOf(StaffMember administrator, String email) {
        checkAdministrator(administrator);
        return jdbc.query(
                """
                select c.reference, c.kind, s.name, c.received_on, c.status from case_file c
                  join council_service s on s.id = c.service_id
                 where lower(c.customer_email) = ? order by c.received_at, c.id""",
                (row, n) -> {
                    CaseStatus status = CaseStatus.valueOf(row.getString(5));
                    return new HeldCase(
                            row.getString(1),
                            CaseKind.valueOf(row.getString(2)),
                            row.getString(3),
                            row.getObject(4, LocalDate.class),
                            status,
                            !status.finished());
                },
                normalised(email));
    }

    /** The ZIP: {@code summary.pdf}, and {@code letters/} with each email and letter sent to the customer. */
    @Transactional(readOnly = true)
    public byte[] export(StaffMember administrator, String email) {
        List<HeldCase> cases = casesOf(administrator, email);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("summary.pdf"));
            zip.write(summary(email, cases));
            zip.closeEntry();
            for (HeldCase held : cases) {
                writeLetters(zip, held.reference());
                audit.recordAccess(
                        administrator.username(),
                        AuditAction.EXPORTED,
                        held.reference(),
                        "Subject access: everything held about the customer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Removes the customer's personal data from every case held about them, with the reason recorded; refused, and
     * nothing removed, while any of their cases is open. Returns how many cases were erased.
     */
    @Transactional
    public int erase(StaffMember administrator, String email, String reason) {
        checkAdministrator(administrator);
        List<HeldCase> cases = casesOf(administrator, email);
        List<String> open =
                cases.stream().filter(HeldCase::open).map(HeldCase::reference).toList();
        rules.check(new Erasure(email, reason))
                .rule(cases.isEmpty(), "email", "No case is held for " + email)
                .rule(!open.isEmpty(), "email", "Still open, so kept until closed: " + String.join(", ", open))
                .orThrow();
        int erased = 0;
        for (HeldCase held : cases) {
            if (anonymisation.anonymise(
                    held.reference(),
                    administrator.username(),
                    AuditAction.ERASED,
                    "Erased on the customer's request: " + reason.strip())) {
                erased++;
            }
        }
        return erased;
    }

    private byte[] summary(String email, List<HeldCase> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph(council.name() + ": what we hold about you", heading));
        document.add(new Paragraph(
                "Every case we hold for the email address " + email + ": " + cases.size()
                        + (cases.size() == 1 ? " case." : " cases.")
                        + " The emails and letters we sent you are in the folder named letters.",
                body));
        for (HeldCase held : cases) {
            caseSection(document, subheading, body, held);
        }
        document.close();
        return out.toByteArray();
    }

    private void caseSection(Document document, Font subheading, Font body, HeldCase held) {
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Case " + held.reference(), subheading));
        Map<String, Object> row = jdbc.queryForMap(
                "select c.*, s.name as service_name from case_file c join council_service s on s.id = c.service_id"
                        + " where c.reference = ?",
                held.reference());
        for (String[] field : CASE_FIELDS) {
            line(document, body, field[0], row.get(field[1]));
        }
        Object caseId = row.get("id");
        sectionOf(
                document,
                body,
                "Decisions",
                "select stage, outcome, response, apology, remedy, signed_off_at"
                        + " from stage_decision where case_id = ? order by id",
                caseId);
        sectionOf(
                document,
                body,
                "Points of complaint",
                "select summary, finding from complaint_point" + " where case_id = ? order by sort_order",
                caseId);
        sectionOf(
                document,
                body,
                "Survey",
                "select satisfied, comment, submitted_at from survey_response" + " where case_id = ?",
                caseId);
        sectionOf(
                document,
                body,
                "What happened on the case",
                "select occurred_at, description from case_event" + " where case_id = ? order by occurred_at, id",
                caseId);
    }

    private void sectionOf(Document document, Font body, String title, String sql, Object caseId) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, caseId);
        if (rows.isEmpty()) {
            return;
        }
        document.add(new Paragraph(title + ":", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
        for (Map<String, Object> row : rows) {
            StringBuilder text = new StringBuilder("- ");
            row.values().stream()
                    .filter(value -> value != null)
                    .forEach(value -> text.append(value).append(". "));
            document.add(new Paragraph(text.toString().strip(), body));
        }
    }

    private static void line(Document document, Font body, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            document.add(new Paragraph(label + ": " + value, body));
        }
    }

    private void writeLetters(ZipOutputStream zip, String reference) throws IOException {
        List<Map<String, Object>> letters = jdbc.queryForList("""
                select n.subject, n.body_text, n.body_html from notification n join case_file c on c.id = n.case_id
                 where c.reference = ? and n.audience = 'CUSTOMER' order by n.created_at, n.id""", reference);
        int number = 0;
        for (Map<String, Object> letter : letters) {
            number++;
            boolean html = letter.get("body_html") != null;
            Object content = html ? letter.get("body_html") : letter.get("body_text");
            if (content == null) {
                continue;
            }
            zip.putNextEntry(new ZipEntry("letters/" + reference + "-" + String.format(Locale.ROOT, "%02d", number)
                    + (html ? ".html" : ".txt")));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new AccessDeniedException("Only administrators handle subject access and erasure requests");
        }
    }
}
