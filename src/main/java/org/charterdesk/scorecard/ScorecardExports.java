package org.charterdesk.scorecard;

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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The committee's scorecard for a financial year (April to March), as PDF and CSV in the committee pack's style:
 * each measure with its target and a figure, status in words and trend for every period of the year. A period with
 * no figure is shown as "Not reported", never dropped.
 */
@Service
public class ScorecardExports {

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private final Scorecard scorecard;
    private final CouncilProperties council;
    private final AuditLog audit;

    ScorecardExports(Scorecard scorecard, CouncilProperties council, AuditLog audit) {
        this.scorecard = scorecard;
        this.council = council;
        this.audit = audit;
    }

    /** The financial year starting in April of this year, in words: "April 2029 to March 2030". */
    public static String yearText(int year) {
        return "April " + year + " to March " + (year + 1);
    }

    /** The scorecards of a financial year: the quarterly measures, then the monthly ones (if any). */
    public List<ScorecardGrid> year(StaffMember member, int year) {
        List<ScorecardGrid> grids = new ArrayList<>();
        for (Frequency frequency : Frequency.values()) {
            List<LocalDate> periods = new ArrayList<>();
            for (LocalDate start = LocalDate.of(year, 4, 1);
                    start.isBefore(LocalDate.of(year + 1, 4, 1));
                    start = frequency.next(start)) {
                periods.add(start);
            }
            ScorecardGrid grid = scorecard.grid(member, frequency, periods);
            if (!grid.rows().isEmpty()) {
                grids.add(grid);
            }
        }
        grids.sort((a, b) -> b.frequency().compareTo(a.frequency()));
        return grids;
    }

    public String csv(StaffMember member, int year) {
        audit.recordAccess(
                member.username(), AuditAction.EXPORTED, null, "Charter scorecard (CSV) for " + yearText(year));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Council",
                                "Measure",
                                "Standard",
                                "Service",
                                "Period from",
                                "Period to",
                                "Value",
                                "Unit",
                                "Target",
                                "Status",
                                "Trend",
                                "Comment")
                        .get())) {
            for (ScorecardGrid grid : year(member, year)) {
                for (ScorecardRow row : grid.rows()) {
                    MeasureSummary m = row.measure();
                    for (ScorecardCell cell : row.cells()) {
                        csv.printRecord(
                                council.name(),
                                m.name(),
                                m.standardName() == null ? "" : m.standardName(),
                                row.serviceName(),
                                cell.periodStart(),
                                grid.frequency().endOf(cell.periodStart()),
                                cell.figure() == null
                                        ? ""
                                        : cell.figure().stripTrailingZeros().toPlainString(),
                                m.unit().displayName(),
                                m.targetText(),
                                cell.rag().words(),
                                cell.trend(),
                                cell.comment() == null ? "" : cell.comment());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] pdf(StaffMember member, int year) {
        audit.recordAccess(
                member.username(), AuditAction.EXPORTED, null, "Charter scorecard (PDF) for " + yearText(year));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle("Our charter scorecard, " + council.name());
        document.open();
        document.add(new Paragraph(council.name(), HEADING));
        document.add(new Paragraph("Our charter scorecard: " + yearText(year), SUBHEADING));
        document.add(new Paragraph(
                "Each figure is shown with its status in words: on target, close to target (within the tolerance),"
                        + " off target, or not reported.",
                BODY));
        for (ScorecardGrid grid : year(member, year)) {
            Paragraph heading = new Paragraph(
                    grid.frequency() == Frequency.QUARTERLY ? "Quarterly measures" : "Monthly measures", SUBHEADING);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(table(grid));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(ScorecardGrid grid) {
        int periods = grid.periods().size();
        float[] widths = new float[periods + 3];
        widths[0] = 6;
        widths[1] = 2.5f;
        widths[2] = 2.5f;
        for (int i = 0; i < periods; i++) {
            widths[i + 3] = periods > 4 ? 1.6f : 2.5f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List<String> headers = new ArrayList<>(List.of("Measure", "Service", "Target"));
        headers.addAll(grid.headings());
        headers.forEach(header -> table.addCell(new PdfPCell(new Phrase(header, BOLD))));
        for (ScorecardRow row : grid.rows()) {
            table.addCell(new PdfPCell(new Phrase(row.measure().name(), BODY)));
            table.addCell(new PdfPCell(new Phrase(row.serviceName(), BODY)));
            table.addCell(new PdfPCell(new Phrase(row.measure().targetText(), BODY)));
            for (ScorecardCell cell : row.cells()) {
                String text = cell.figure() == null
                        ? cell.value()
                        : cell.value() + "\n" + cell.rag().words()
                                + (cell.trend().isEmpty() ? "" : ", " + cell.trend());
                PdfPCell pdfCell = new PdfPCell(new Phrase(text, BODY));
                pdfCell.setHorizontalAlignment(Element.ALIGN_CENTER);
                pdfCell.setBackgroundColor(colour(cell.rag()));
                table.addCell(pdfCell);
            }
        }
        return table;
    }

    /** Light tints, so black text stays readable; the words say the status too. */
    private static Color colour(Rag rag) {
        return switch (rag) {
            case GREEN -> new Color(0xcc, 0xe2, 0xd8);
            case AMBER -> new Color(0xff, 0xe5, 0xb4);
            case RED -> new Color(0xf6, 0xd7, 0xd2);
            case NOT_REPORTED -> Color.WHITE;
        };
    }
}
