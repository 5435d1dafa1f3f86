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
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The quarterly committee pack (every figure, for each service and in total, for a period and the period before,
 * with a chart of complaints by month) and the annual figures in the shape of the ombudsman's complaint
 * performance indicators, as PDF and CSV.
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
        return figures.reports(member, period);
    }

    public String committeeCsv(StaffMember member, ReportPeriod period) {
        exported(member, "Committee pack (CSV)", period);
        return csv(reports(member, period), reports(member, period.previous()), false);
    }

    public byte[] committeePdf(StaffMember member, ReportPeriod period) {
        exported(member, "Committee pack (PDF)", period);
        Pack pack = new Pack(
                "Complaints and our customer charter: committee pack",
                period,
                reports(member, period),
                reports(member, period.previous()),
                false);
        return pdf(pack, trend(member, period));
    }

    public String indicatorsCsv(StaffMember member, ReportPeriod period) {
        exported(member, "Performance indicators (CSV)", period);
        return csv(List.of(figures.report(member, period, null)), null, true);
    }

    public byte[] indicatorsPdf(StaffMember member, ReportPeriod period) {
        exported(member, "Performance indicators (PDF)", period);
        Report report = figures.report(member, period, null);
        return pdf(new Pack("Complaints performance indicators", period, List.of(report), null, true), List.of());
    }

    /**
     * What a PDF holds: its reports, and for the committee pack the same reports for the period before (in the same
     * order), or null.
     */
    private record Pack(
            String title, ReportPeriod period, List<Report> reports, List<Report> before, boolean indicators) {}

    /** The months of the period and of the period before, for the pack's chart. */
    private List<ComplaintFigures.Month> trend(StaffMember member, ReportPeriod period) {
        YearMonth first = YearMonth.from(period.previous().from());
        return figures.monthlyTrend(member, period, null).stream()
                .filter(m -> !m.month().isBefore(first))
                .toList();
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

    private static final String[] CSV_COLUMNS = {
        "Council", "Period from", "Period to", "Scope", "Section", "Figure", "Value", "Number", "Out of", "Percentage"
    };
    private static final String[] CSV_BEFORE_COLUMNS = {
        "Period before", "Number before", "Out of before", "Percentage before"
    };

    /** One row per figure; with {@code before}, the same figure of the period before in the last four columns. */
    private String csv(List<Report> reports, List<Report> before, boolean indicators) {
        List<String> header = new ArrayList<>(List.of(CSV_COLUMNS));
        if (before != null) {
            header.addAll(List.of(CSV_BEFORE_COLUMNS));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (int r = 0; r < reports.size(); r++) {
                Report report = reports.get(r);
                for (String[] row : rows(report, before == null ? null : before.get(r), indicators)) {
                    List<String> record = new ArrayList<>(List.of(
                            council.name(),
                            report.period().from().toString(),
                            report.period().to().toString(),
                            report.scope(),
                            row[0],
                            row[1],
                            row[2]));
                    record.addAll(List.of(shareParts(row[2])));
                    if (before != null) {
                        record.add(row[3]);
                        record.addAll(List.of(shareParts(row[3])));
                    }
                    csv.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private byte[] pdf(Pack pack, List<ComplaintFigures.Month> trend) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(pack.title() + ", " + council.name());
        document.open();
        document.add(new Paragraph(council.name(), HEADING));
        document.add(new Paragraph(pack.title(), SUBHEADING));
        document.add(new Paragraph("Period: " + pack.period(), BODY));
        if (pack.before() != null) {
            document.add(new Paragraph("Period before: " + pack.period().previous(), BODY));
        }
        if (!trend.isEmpty()) {
            chart(document, writer, trend);
        }
        for (int r = 0; r < pack.reports().size(); r++) {
            Report report = pack.reports().get(r);
            Paragraph scope = new Paragraph(report.scope(), SUBHEADING);
            scope.setSpacingBefore(12);
            scope.setSpacingAfter(4);
            document.add(scope);
            document.add(table(
                    rows(report, pack.before() == null ? null : pack.before().get(r), pack.indicators()),
                    pack.indicators() ? "Indicator" : "Section",
                    pack.before() != null));
        }
        document.close();
        return out.toByteArray();
    }

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private static PdfPTable table(List<String[]> rows, String firstColumn, boolean withBefore) {
        PdfPTable table = withBefore ? new PdfPTable(new float[] {2, 5, 2, 2}) : new PdfPTable(new float[] {2, 5, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List<String> headers = new ArrayList<>(List.of(firstColumn, "Figure", withBefore ? "This period" : "Value"));
        if (withBefore) {
            headers.add("Period before");
        }
        headers.forEach(header -> table.addCell(new PdfPCell(new Phrase(header, BOLD))));
        for (String[] row : rows) {
            table.addCell(new PdfPCell(new Phrase(row[0], BODY)));
            table.addCell(new PdfPCell(new Phrase(row[1], BODY)));
            for (int column = 2; column < (withBefore ? 4 : 3); column++) {
                PdfPCell value = new PdfPCell(new Phrase(row[column], BODY));
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
        }
        return table;
    }

    /** Complaints received and closed by month, as a chart and then as a table with the same figures. */
    private static void chart(Document document, PdfWriter writer, List<ComplaintFigures.Month> trend) {
        Paragraph title = new Paragraph("Complaints received and closed by month", SUBHEADING);
        title.setSpacingBefore(12);
        document.add(title);
        List<String> labels = trend.stream().map(m -> m.month().format(MONTH)).toList();
        List<Integer> received =
                trend.stream().map(ComplaintFigures.Month::received).toList();
        List<Integer> closed =
                trend.stream().map(ComplaintFigures.Month::closed).toList();
        document.add(PdfBarChart.draw(
                writer,
                labels,
                List.of(new BarChart.Series("Received", received), new BarChart.Series("Closed", closed))));
        PdfPTable table = new PdfPTable(labels.size() + 1);
        table.setWidthPercentage(100);
        table.addCell(new PdfPCell(new Phrase("Month", BOLD)));
        labels.forEach(label -> table.addCell(new PdfPCell(new Phrase(label, BOLD))));
        table.addCell(new PdfPCell(new Phrase("Received", BODY)));
        received.forEach(n -> table.addCell(new PdfPCell(new Phrase(String.valueOf(n), BODY))));
        table.addCell(new PdfPCell(new Phrase("Closed", BODY)));
        closed.forEach(n -> table.addCell(new PdfPCell(new Phrase(String.valueOf(n), BODY))));
        document.add(table);
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** Section, figure, value, and (with {@code before}) the value of the period before. */
    private static List<String[]> rows(Report report, Report before, boolean indicators) {
        if (!indicators) {
            return report.figures().stream()
                    .map(f -> before == null
                            ? new String[] {f.section(), f.label(), f.value()}
                            : new String[] {f.section(), f.label(), f.value(), before.value(f.key())})
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
