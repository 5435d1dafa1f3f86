package org.charterdesk.actionplans;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee report "Action from strategy: progress" for a period: for each approved plan in force in the
 * period, each action and its latest progress, as PDF and CSV.
 */
@Service
public class PlanReport {

    private final PlanQueries queries;
    private final CouncilProperties council;
    private final ZoneId zone;
    private final AuditLog audit;

    PlanReport(PlanQueries queries, CouncilProperties council, CalendarProperties calendar, AuditLog audit) {
        this.queries = queries;
        this.council = council;
        this.zone = calendar.zone();
        this.audit = audit;
    }

    /** One line of the report: plan, action, owner, target, status and the latest progress. */
    public record Line(String plan, String action, String owner, LocalDate target, String status, String progress) {}

    @Transactional(readOnly = true)
    public List<Line> lines(StaffMember member, LocalDate from, LocalDate to) {
        List<Line> lines = new ArrayList<>();
        for (PlanSummary plan : queries.visibleTo(member)) {
            boolean inForce = plan.status() == PlanStatus.APPROVED
                    || plan.status() == PlanStatus.FINISHED
                    || plan.status() == PlanStatus.IN_REVIEW;
            if (!inForce || plan.periodTo().isBefore(from) || plan.periodFrom().isAfter(to)) {
                continue;
            }
            for (ActionLine a : queries.actions(plan.id())) {
                lines.add(new Line(
                        plan.title(),
                        a.description(),
                        a.owner(),
                        a.targetDate(),
                        a.status().displayName() + (a.dropReason() == null ? "" : ": " + a.dropReason()),
                        a.latestProgress() == null
                                ? "No update yet"
                                : PlainDates.shortFormat(a.latestProgressAt()
                                                .atZone(zone)
                                                .toLocalDate()) + ": " + a.latestProgress()));
            }
        }
        return lines;
    }

    public String csv(StaffMember member, LocalDate from, LocalDate to) {
        exported(member, "CSV", from, to);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Council",
                                "Period from",
                                "Period to",
                                "Plan",
                                "Action",
                                "Owner",
                                "Target date",
                                "Status",
                                "Progress")
                        .get())) {
            for (Line l : lines(member, from, to)) {
                csv.printRecord(
                        council.name(),
                        from,
                        to,
                        l.plan(),
                        l.action(),
                        l.owner(),
                        l.target(),
                        l.status(),
                        l.progress());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] pdf(StaffMember member, LocalDate from, LocalDate to) {
        exported(member, "PDF", from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(council.name() + ": action from strategy, progress", heading));
        document.add(
                new Paragraph("Period: " + PlainDates.shortFormat(from) + " to " + PlainDates.shortFormat(to), body));
        PdfPTable table = new PdfPTable(new float[] {3, 4, 2, 2, 2, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String header : new String[] {"Plan", "Action", "Owner", "Target", "Status", "Progress"}) {
            table.addCell(new PdfPCell(new Phrase(header, bold)));
        }
        for (Line l : lines(member, from, to)) {
            for (String cell : new String[] {
                l.plan(), l.action(), l.owner(), PlainDates.shortFormat(l.target()), l.status(), l.progress()
            }) {
                table.addCell(new PdfPCell(new Phrase(cell, body)));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private void exported(StaffMember member, String format, LocalDate from, LocalDate to) {
        audit.recordAccess(
                member.username(),
                AuditAction.EXPORTED,
                null,
                "Action plans progress report (" + format + ") for " + from + " to " + to);
    }
}
