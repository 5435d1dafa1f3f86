package org.charterdesk.scorecard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.validation.PlainText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an imported measure's figures from a CSV file (a telephony system's export, say) through the columns saved
 * for the measure. The whole file is checked first: a bad row is refused with its number and nothing is imported.
 */
@Service
public class FigureImports {

    /** The most rows a file may have. */
    static final int MAX_ROWS = 1000;

    private final MeasureFigureRepository figures;
    private final Measures measures;
    private final DueDates dueDates;
    private final AuditLog audit;
    private final Clock clock;

    FigureImports(MeasureFigureRepository figures, Measures measures, DueDates dueDates, AuditLog audit, Clock clock) {
        this.figures = figures;
        this.measures = measures;
        this.dueDates = dueDates;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row's figure, checked. */
    private record Row(LocalDate periodStart, BigDecimal figure) {}

    /** Imports the file's figures for the measure; returns how many periods it gave. */
    @Transactional
    public int importFile(StaffMember member, Long measureId, byte[] file) {
        Measure measure = measures.find(measureId);
        if (measure.getServiceCode() == null
                || !member.isOfficerOf(measure.getServiceCode()) && !member.isManagerOf(measure.getServiceCode())) {
            throw new AccessDeniedException("Only the service's own staff can import its figures");
        }
        if (measure.getSource() != Source.IMPORTED) {
            throw InvalidInputException.of("file", "This measure's figures are not imported from a file");
        }
        Map<LocalDate, Row> rows = read(measure, file);
        for (Row row : rows.values()) {
            MeasureFigure figure = figures.findByMeasureIdAndPeriodStart(measure.getId(), row.periodStart())
                    .orElseGet(() -> new MeasureFigure(
                            measure.getId(),
                            row.periodStart(),
                            measure.getFrequency().endOf(row.periodStart())));
            figure.enter(row.figure(), "Imported from a file", null, member.username(), clock.instant());
            figures.save(figure);
        }
        audit.recordChange(
                member.username(), null, "Imported " + rows.size() + " figures for '" + measure.getName() + "'");
        return rows.size();
    }

    private Map<LocalDate, Row> read(Measure measure, byte[] file) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames();
            for (String column : List.of(measure.getCsvPeriodColumn(), measure.getCsvValueColumn())) {
                if (!headers.contains(column)) {
                    throw InvalidInputException.of(
                            "file", "The file has no column called '" + column + "' (its first row names its columns)");
                }
            }
            Map<LocalDate, Row> rows = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (number > MAX_ROWS) {
                    throw InvalidInputException.of("file", "The file has more than " + MAX_ROWS + " rows");
                }
                String problem = check(measure, record, rows);
                if (problem != null) {
                    problems.add("Row " + number + ": " + problem);
                }
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.of("file", "Nothing was imported. " + String.join(" ", problems));
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.of("file", "The file has no rows of figures");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "This is not a CSV file Charterdesk can read: " + e.getMessage());
        }
    }

    /** Checks one row and keeps it; returns what is wrong with it, or null. */
    private String check(Measure measure, CSVRecord record, Map<LocalDate, Row> rows) {
        if (!record.isConsistent()) {
            return "it does not have the same number of columns as the first row.";
        }
        String periodText = record.get(measure.getCsvPeriodColumn());
        String valueText = record.get(measure.getCsvValueColumn());
        if (PlainText.hasForbiddenCharacters(periodText) || PlainText.hasForbiddenCharacters(valueText)) {
            return "it holds characters that are not text.";
        }
        LocalDate start = periodStart(measure, periodText);
        if (start == null) {
            return "'" + periodText + "' is not a month (such as 2029-04) or a date (such as 2029-04-15).";
        }
        if (!measure.getFrequency().endOf(start).isBefore(dueDates.today())) {
            return measure.getFrequency().label(start) + " has not ended yet.";
        }
        BigDecimal figure;
        try {
            figure = new BigDecimal(valueText.replace("%", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            return "'" + valueText + "' is not a number.";
        }
        if (figure.signum() < 0 || measure.getUnit() == Unit.PERCENT && figure.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "'" + valueText + "' is outside what the measure can be.";
        }
        if (rows.containsKey(start)) {
            return measure.getFrequency().label(start) + " appears twice.";
        }
        if (figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                .filter(MeasureFigure::isLocked)
                .isPresent()) {
            return "the figure for " + measure.getFrequency().label(start)
                    + " is approved and locked; a manager can correct it.";
        }
        rows.put(start, new Row(start, figure.setScale(2, RoundingMode.HALF_UP)));
        return null;
    }

    private static LocalDate periodStart(Measure measure, String text) {
        try {
            return measure.getFrequency().startOf(YearMonth.parse(text).atDay(1));
        } catch (DateTimeParseException notAMonth) {
            try {
                return measure.getFrequency().startOf(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
