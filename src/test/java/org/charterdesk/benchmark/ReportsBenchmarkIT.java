package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.charterdesk.reporting.CommitteePack;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports at a large council's size, on PostgreSQL: 1,000,000 cases received over five years (2021 to 2025) with
 * their decisions, charter deadlines, surveys, timelines, plans and ombudsman cases, written in bulk by
 * {@link LargeCouncilHistory}. Then, for the year 2023 across all services as an administrator sees it: the
 * dashboard's figures (the year, the year before and the twelve months' trend, as the reports page asks for them),
 * the committee pack as a PDF and the performance indicators as a PDF. Prints figures; asserts only that the figures count the generated year.
 */
@Tag("benchmark")
class ReportsBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Reports";
    private static final int CASES = 1_000_000;
    private static final int ROUNDS = 5;
    private static final String SIZE = "1,000,000 cases over five years; a year of about 200,000";
    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

    @Autowired
    ComplaintFigures figures;

    @Autowired
    CommitteePack pack;

    @Test
    void aYearsReportsWithAMillionCases() {
        LargeCouncilHistory history = new LargeCouncilHistory(jdbc);
        try {
            long started = System.nanoTime();
            int cases = history.closedCases(CASES, 2021, 5);
            int decisions = history.decisionsAndDeadlines();
            int surveys = history.surveys();
            int timeline = history.timelines();
            int actions = history.plansAndActions(200, 3_000);
            int referrals = history.ombudsmanReferrals();
            double seconds = (System.nanoTime() - started) / 1e9;
            // A council's database is not in the middle of writing out a million new rows: let it finish first.
            jdbc.execute("checkpoint");
            BenchmarkReport.value(
                    BENCHMARK,
                    history.timed("generating cases, decisions, deadlines, surveys, plans and ombudsman cases"),
                    "s",
                    seconds,
                    SIZE);
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK %s %,d cases, %,d decisions, %,d surveys, %,d timeline entries, %,d plan actions"
                            + " and %,d ombudsman cases in %.1f s%n",
                    history.timed("generated"),
                    cases,
                    decisions,
                    surveys,
                    timeline,
                    actions,
                    referrals,
                    seconds);

            Report year = figures.report(admin, YEAR, null);
            int received = Integer.parseInt(year.value("received.complaints"));
            System.out.printf(Locale.UK, "BENCHMARK complaints received in 2023: %,d%n", received);
            assertThat(received).isGreaterThan(150_000);
            assertThat(year.figure("closed.stage2.escalated").orElseThrow().cases())
                    .hasSizeGreaterThan(15_000);
            assertThat(year.value("satisfaction.responses")).isNotEqualTo("0");
            assertThat(actions).isEqualTo(3_000);
            System.out.printf(Locale.UK, "BENCHMARK learning actions in 2023: %s%n", year.value("learning.actions"));
            assertThat(year.value("learning.actions")).doesNotStartWith("0");
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK the ombudsman in 2023: %s taken up, %s decided, %s recommendations due%n",
                    year.value("ombudsman.taken_up"),
                    year.value("ombudsman.decided"),
                    year.value("ombudsman.recommendations.due"));
            assertThat(year.figure("ombudsman.decided").orElseThrow().cases()).hasSizeGreaterThan(100);
            assertThat(year.figure("ombudsman.recommendations.on_time")
                            .orElseThrow()
                            .cases())
                    .isNotEmpty();
            assertThat(year.figure("ombudsman.recommendations.late")
                            .orElseThrow()
                            .cases())
                    .isNotEmpty();

            Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
            calls.put("one year's report, all services", () -> figures.report(admin, YEAR, null));
            calls.put("the dashboard's figures for a year, all services", () -> {
                figures.report(admin, YEAR, null);
                figures.report(admin, YEAR.previous(), null);
                return figures.monthlyTrend(admin, YEAR, null);
            });
            calls.put("the committee pack for a year (PDF)", () -> pdf(pack.committeePdf(admin, YEAR)));
            calls.put("the performance indicators for a year (PDF)", () -> pdf(pack.indicatorsPdf(admin, YEAR)));
            calls.put(
                    "opening a figure's list: closed at stage 1 (about 120,000 cases)",
                    () -> year.figure("closed.stage1").orElseThrow().cases());
            calls.put(
                    "opening a figure's list: stage 1 within the timescale",
                    () -> year.figure("timescale.stage1.within").orElseThrow().cases());
            // For a minute after a million rows are written, every statement runs about twice as slowly as it does
            // from then on (Java Flight Recorder's socket reads, first minute against the next). A council's
            // database is not just written: two passes over everything first, then the measured rounds.
            for (int pass = 0; pass < 2; pass++) {
                calls.values().forEach(Supplier::get);
            }
            calls.forEach(ReportsBenchmarkIT::measure);
        } finally {
            history.delete();
        }
    }

    private static byte[] pdf(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return pdf;
    }

    private static void measure(String what, Supplier<Object> call) {
        BenchmarkReport.measure(BENCHMARK, what, SIZE, 1, ROUNDS, call);
    }
}
