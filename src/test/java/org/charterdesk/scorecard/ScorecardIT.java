package org.charterdesk.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The scorecard on PostgreSQL: its status rules, imports from a file, corrections, exports and the public page. */
class ScorecardIT extends IntegrationTestBase {

    private static final String CALLS = "calls-answered-20-seconds";
    private static final String POTHOLES = "potholes-days-to-repair";
    /** Five quarters of 2030 and one of 2031, the last with no figure. */
    private static final List<LocalDate> QUARTERS = List.of(
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 4, 1),
            LocalDate.of(2030, 7, 1),
            LocalDate.of(2030, 10, 1),
            LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 4, 1));

    @Autowired
    Scorecard scorecard;

    @Autowired
    PastFigures past;

    @Autowired
    FigureImports imports;

    @Autowired
    FigureCorrections corrections;

    @Autowired
    ScorecardExports exports;

    private StaffMember callCentre;
    private StaffMember callCentreManager;

    @BeforeEach
    void staffAndClock() {
        callCentre = staff("cs-officer", "Cal", "Centre", StaffGroups.officers("customer-services"));
        callCentreManager = staff("cs-manager", "Cass", "Boss", StaffGroups.managers("customer-services"));
        at(LocalDate.of(2031, 8, 4));
    }

    @AfterEach
    void forgetTheFigures() {
        jdbc.update("delete from figure_correction");
        jdbc.update("delete from measure_figure where period_start between date '2030-01-01' and date '2031-06-30'");
    }

    private ScorecardRow row(String code) {
        return scorecard.grid(admin, Frequency.QUARTERLY, QUARTERS).rows().stream()
                .filter(r -> r.measure().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void record(String code, String... figures) {
        for (int i = 0; i < figures.length; i++) {
            past.record(admin, code, QUARTERS.get(i), new BigDecimal(figures[i]), "Counted");
        }
    }

    @Test
    void whereHigherIsBetterTheTargetIsGreenAndTheToleranceBelowItAmber() {
        // At least 80%, amber down to 75%.
        record(CALLS, "80.00", "79.99", "75.00", "74.99", "80.01");
        assertThat(row(CALLS).cells())
                .extracting(ScorecardCell::rag)
                .containsExactly(Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.RED, Rag.GREEN, Rag.NOT_REPORTED);
        assertThat(row(CALLS).cells())
                .extracting(ScorecardCell::value)
                .containsExactly("80%", "79.99%", "75%", "74.99%", "80.01%", "Not reported");
        assertThat(row(CALLS).cells())
                .extracting(ScorecardCell::trend)
                .containsExactly("", "Worse", "Worse", "Worse", "Better", "");
    }

    @Test
    void whereLowerIsBetterTheTargetIsGreenAndTheToleranceAboveItAmber() {
        // At most 2 days, amber up to 3.
        record(POTHOLES, "2.00", "2.01", "3.00", "3.01", "1.99");
        assertThat(row(POTHOLES).cells())
                .extracting(ScorecardCell::rag)
                .containsExactly(Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.RED, Rag.GREEN, Rag.NOT_REPORTED);
        assertThat(row(POTHOLES).cells())
                .extracting(ScorecardCell::trend)
                .containsExactly("", "Worse", "Worse", "Worse", "Better", "");
        assertThat(row(POTHOLES).measure().targetText()).isEqualTo("at most 2 days");
    }

    @Test
    void aFileWithABadRowIsRefusedWithItsRowNumberAndNothingIsImported() {
        Long calls = past.idOf(CALLS);
        String bad = "Period,Calls offered,Answered within 20s (%)\n"
                + "2030-04,1200,81.5\n"
                + "2030-07,1100,eighty\n"
                + "2030-10-15,1300,77\n"
                + "2031-09,900,70\n";
        assertThatThrownBy(() -> imports.importFile(callCentre, calls, bytes(bad)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("file"))
                        .startsWith("Nothing was imported.")
                        .contains("Row 3: 'eighty' is not a number.")
                        .contains("Row 5: Jul to Sep 2031 has not ended yet."));
        assertThat(figuresOf(calls)).isZero();

        assertThatThrownBy(() -> imports.importFile(callCentre, calls, bytes("Month,Value\n2030-04,81\n")))
                .hasMessageContaining("no column called 'Period'");
        assertThatThrownBy(() -> imports.importFile(olivia, calls, bytes(bad)))
                .isInstanceOf(AccessDeniedException.class);

        int imported = imports.importFile(
                callCentre, calls, bytes("Period,Answered within 20s (%)\n2030-04,81.5%\n2030-10-15,77\n"));
        assertThat(imported).isEqualTo(2);
        assertThat(row(CALLS).cells())
                .extracting(ScorecardCell::value)
                .containsExactly("Not reported", "81.5%", "Not reported", "77%", "Not reported", "Not reported");
        // Imported figures wait for approval: the public page does not show them.
        assertThat(scorecard.published(Frequency.QUARTERLY, QUARTERS).rows().stream()
                        .filter(r -> r.measure().code().equals(CALLS))
                        .findFirst()
                        .orElseThrow()
                        .cells())
                .allSatisfy(cell -> assertThat(cell.rag()).isEqualTo(Rag.NOT_REPORTED));

        record(CALLS, "79");
        assertThatThrownBy(() ->
                        imports.importFile(callCentre, calls, bytes("Period,Answered within 20s (%)\n2030-01,90\n")))
                .hasMessageContaining("Row 2: the figure for Jan to Mar 2030 is approved and locked");
    }

    @Test
    void aManagerCorrectsAnApprovedFigureWithAReason() {
        record(CALLS, "72");
        Long figureId = row(CALLS).cells().get(0).figureId();
        assertThatThrownBy(() -> corrections.correct(callCentre, figureId, new BigDecimal("78"), "Miscounted"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.correct(callCentreManager, figureId, new BigDecimal("78"), " "))
                .hasMessageContaining("Say why the figure is corrected");

        corrections.correct(callCentreManager, figureId, new BigDecimal("78"), "The overflow line was left out");
        assertThat(row(CALLS).cells().get(0).value()).isEqualTo("78%");
        assertThat(row(CALLS).cells().get(0).rag()).isEqualTo(Rag.AMBER);
        assertThat(corrections.of(figureId)).singleElement().satisfies(c -> {
            assertThat(c.oldFigure()).isEqualByComparingTo("72");
            assertThat(c.newFigure()).isEqualByComparingTo("78");
            assertThat(c.reason()).isEqualTo("The overflow line was left out");
            assertThat(c.madeBy()).isEqualTo("cs-manager");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'cs-manager' and what like 'Corrected%'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void managersSeeTheirServicesMeasuresAndTheCouncilsOnly() {
        List<String> seen = scorecard.grid(max, Frequency.QUARTERLY, QUARTERS).rows().stream()
                .map(r -> r.measure().code())
                .toList();
        assertThat(seen)
                .contains("emergency-repairs-on-time", "complaints-stage1-on-time")
                .doesNotContain(CALLS, POTHOLES);
        assertThat(scorecard.grid(cora, Frequency.QUARTERLY, QUARTERS).rows()).hasSizeGreaterThan(seen.size());
        assertThatThrownBy(() -> scorecard.history(max, past.idOf(CALLS), QUARTERS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCommitteesScorecardForAYearShowsEveryMeasureAndSaysNotReported() throws IOException {
        past.record(admin, CALLS, LocalDate.of(2030, 4, 1), new BigDecimal("74"), "Two advisers off sick");
        past.record(admin, POTHOLES, LocalDate.of(2030, 7, 1), new BigDecimal("1.5"), null);
        String csv = exports.csv(admin, 2030);
        assertThat(csv.lines().filter(l -> l.contains("Share of calls answered within 20 seconds")))
                .hasSize(4)
                .anySatisfy(l -> assertThat(l).contains("2030-04-01", "74", "Off target", "Two advisers off sick"))
                .anySatisfy(l -> assertThat(l).contains("2031-01-01", "Not reported"));
        String pdf = text(exports.pdf(admin, 2030));
        assertThat(pdf)
                .contains("Our charter scorecard: April 2030 to March 2031")
                .contains("Share of calls answered within 20 seconds")
                .contains("74%", "Off target", "1.5 days", "On target", "Not reported");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like 'Charter scorecard (PDF)%'",
                        Integer.class))
                .isPositive();
    }

    private int figuresOf(Long measureId) {
        return jdbc.queryForObject(
                "select count(*) from measure_figure where measure_id = ? and period_start >= date '2030-01-01'",
                Integer.class,
                measureId);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
