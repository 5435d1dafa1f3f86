package org.charterdesk.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The quarterly committee pack (every figure, for each service and in total, for a period) and the annual figures
 * in the shape of the ombudsman's complaint performance indicators, as PDF and CSV.
 */
@Service
public class CommitteePack {

    /** The ombudsman's indicators and the figures that answer each. */
    private static final List<String[]> INDICATORS = List.of(
            new String[] {"Indicator 1: Learning from complaints", "learning.recorded"},
            new String[] {
                "Indicator 2: Complaint process experience (satisfied or very satisfied)", "satisfaction.share"
            },
            new String[] {"Indicator 4: Complaints received per 1,000 population", "received.per1000"},
            new String[] {"Indicator 5: Complaints closed at stage 1", "closed.stage1"},
            new String[] {"Indicator 5: Complaints closed at stage 2", "closed.stage2"},
            new String[] {"Indicator 5: Complaints closed at stage 2 after escalation", "closed.stage2.escalated"},
            new String[] {"Indicator 6: Average working days to respond at stage 1", "time.stage1.average"},
            new String[] {"Indicator 6: Average working days to respond at stage 2", "time.stage2.average"},
            new String[] {"Indicator 7: Stage 1 responses within the charter's timescale", "timescale.stage1.within"},
            new String[] {"Indicator 7: Stage 2 responses within the charter's timescale", "timescale.stage2.within"},
            new String[] {"Indicator 8: Stage 1 responses within an authorised extension", "timescale.stage1.extension"
            },
            new String[] {"Indicator 8: Stage 2 responses within an authorised extension", "timescale.stage2.extension"
            },
            new String[] {"Indicator 9: Stage 1 upheld", "outcome.stage1.upheld"},
            new String[] {"Indicator 9: Stage 1 partially upheld", "outcome.stage1.partially_upheld"},
            new String[] {"Indicator 9: Stage 1 not upheld", "outcome.stage1.not_upheld"},
            new String[] {"Indicator 9: Stage 1 resolved", "outcome.stage1.resolved"},
            new String[] {"Indicator 9: Stage 2 upheld", "outcome.stage2.upheld"},
            new String[] {"Indicator 9: Stage 2 partially upheld", "outcome.stage2.partially_upheld"},
            new String[] {"Indicator 9: Stage 2 not upheld", "outcome.stage2.not_upheld"},
            new String[] {"Indicator 9: Stage 2 resolved", "outcome.stage2.resolved"});

    /** A figure that is a share, "5 of 6 (83.3%)", split for spreadsheets into its number, total and percentage. */
    private static final Pattern SHARE = Pattern.compile("(\\d+) of (\\d+)(?: \\(([\\d.]+)%\\))?");

    private final ComplaintFigures figures;
    private final CouncilProperties council;

    private final AuditLog audit;

    CommitteePack(ComplaintFigures figures, CouncilProperties council, AuditLog audit) {
        this.figures = figures;
        this.council = council;
        this.audit = audit;
    }

    /** The reports of the pack: each of the member's services, then all of them together. */
    public List<Report> reports(StaffMember member, ReportPeriod period) {
        List<Report> reports = new ArrayList<>();
        List<ServiceRef> services = figures.servicesFor(member);
        for (ServiceRef service : services) {
            reports.add(figures.report(member, period, service.code()));
        }
        if (services.size() != 1) {
            // All of them together; for a member of one service that would repeat it.
            reports.add(figures.report(member, period, null));
        }
        return reports;
    }

    public String committeeCsv(StaffMember member, ReportPeriod period) {
        exported(member, "Committee pack (CSV)", period);
        return csv(reports(member, period), false);
    }

    public byte[] committeePdf(StaffMember member, ReportPeriod period) {
        exported(member, "Committee pack (PDF)", period);
        return pdf("Complaints and our customer charter: committee pack", period, reports(member, period), false);
    }

    public String indicatorsCsv(StaffMember member, ReportPeriod period) {
        exported(member, "Performance indicators (CSV)", period);
        return csv(List.of(figures.report(member, period, null)), true);
    }

    public byte[] indicatorsPdf(StaffMember member, ReportPeriod period) {
        exported(member, "Performance indicators (PDF)", period);
        return pdf("Complaints performance indicators", period, List.of(figures.report(member, period, null)), true);
    }

    private void exported(StaffMember member, String what, ReportPeriod period) {
        audit.recordAccess(member.username(), AuditAction.EXPORTED, null, what + " for " + period);
    }

    /** The number, total and percentage of a share; empty for any other kind of figure. */
    static String[] shareParts(String value) {
        Matcher share = SHARE.matcher(value);
        if (!share.matches()) {
            return new String[] {"", "", ""};
        }
        return new String[] {share.group(1), share.group(2), share.group(3) == null ? "" : share.group(3)};
    }

    private String csv(List<Report> reports, boolean indicators) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Council",
                                "Period from",
                                "Period to",
                                "Scope",
                                "Section",
                                "Figure",
                                "Value",
                                "Number",
                                "Out of",
                                "Percentage")
                        .get())) {
            for (Report report : reports) {
                for (String[] row : rows(report, indicators)) {
                    String[] share = shareParts(row[2]);
                    csv.printRecord(
                            council.name(),
                            report.period().from(),
                            report.period().to(),
                            report.scope(),
                            row[0],
                            row[1],
                            row[2],
                            share[0],
                            share[1],
                            share[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private byte[] pdf(String title, ReportPeriod period, List<Report> reports, boolean indicators) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(title + ", " + council.name());
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(council.name(), heading));
        document.add(new Paragraph(title, subheading));
        document.add(new Paragraph("Period: " + period, body));
        for (Report report : reports) {
            Paragraph scope = new Paragraph(report.scope(), subheading);
            scope.setSpacingBefore(12);
            scope.setSpacingAfter(4);
            document.add(scope);
            PdfPTable table = new PdfPTable(new float[] {2, 5, 2});
            table.setWidthPercentage(100);
            for (String header : new String[] {indicators ? "Indicator" : "Section", "Figure", "Value"}) {
                table.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (String[] row : rows(report, indicators)) {
                table.addCell(new PdfPCell(new Phrase(row[0], body)));
                table.addCell(new PdfPCell(new Phrase(row[1], body)));
                PdfPCell value = new PdfPCell(new Phrase(row[2], body));
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static List<String[]> rows(Report report, boolean indicators) {
        if (!indicators) {
            return report.figures().stream()
                    .map(f -> new String[] {f.section(), f.label(), f.value()})
                    .toList();
        }
        return INDICATORS.stream()
                .map(i -> {
                    Figure f = report.figure(i[1]).orElseThrow();
                    String[] parts = i[0].split(": ", 2);
                    return new String[] {parts[0], parts[1], f.value()};
                })
                .toList();
    }
}
