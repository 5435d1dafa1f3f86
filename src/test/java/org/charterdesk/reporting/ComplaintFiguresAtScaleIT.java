package org.charterdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.calendar.WorkingDayTable;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.Stage;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year's report at a large council's size: 80,000 cases received in 2019, written in bulk with their decisions,
 * deadlines, surveys and ombudsman cases. A report once read the year's cases whole and then asked for their
 * deadlines by a list of case ids, which PostgreSQL refuses past 65,535 parameters; each figure must still agree with
 * the database.
 */
class ComplaintFiguresAtScaleIT extends IntegrationTestBase {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

    @Autowired
    ComplaintFigures figures;

    @Autowired
    ReportCounts counts;

    @Autowired
    ReportRows rows;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CalendarProperties calendarProperties;

    @AfterEach
    void deleteHistory() {
        new LargeCouncilHistory(jdbc).delete();
    }

    @Test
    void aYearOfEightyThousandCasesIsCountedByTheDatabase() {
        LargeCouncilHistory history = new LargeCouncilHistory(jdbc);
        history.closedCases(80_000, 2019, 1);
        history.decisionsAndDeadlines();
        history.surveys();
        history.ombudsmanReferrals();

        Report report = figures.report(admin, YEAR, null);

        assertThat(report.value("received.complaints")).isEqualTo(String.valueOf(count("""
                select count(*) from case_file where received_on between '2019-01-01' and '2019-12-31'
                and kind = 'COMPLAINT' and status <> 'NOT_A_COMPLAINT'""")));
        assertThat(report.figure("received.complaints").orElseThrow().cases()).hasSizeGreaterThan(70_000);
        long closed = count("""
                select count(*) from case_file where status = 'CLOSED'
                and closed_at >= '2019-01-01 00:00:00+00' and closed_at < '2020-01-01 00:00:00+00'""");
        assertThat(report.value("closed.all")).isEqualTo(String.valueOf(closed));
        long sentAtStage1 = count("""
                select count(*) from stage_decision d join case_file c on c.id = d.case_id where d.stage = 'STAGE_1'
                and d.sent_at >= '2019-01-01 00:00:00+00' and d.sent_at < '2020-01-01 00:00:00+00'""");
        assertThat(sentAtStage1).isGreaterThan(65_535);
        long withinAtStage1 = count("""
                select count(*) from stage_decision d join case_deadline r on r.case_id = d.case_id
                and r.kind = 'STAGE_1_RESPONSE' where d.stage = 'STAGE_1' and r.completed_on <= r.original_due_on
                and d.sent_at >= '2019-01-01 00:00:00+00' and d.sent_at < '2020-01-01 00:00:00+00'""");
        assertThat(report.value("timescale.stage1.within")).startsWith(withinAtStage1 + " of " + sentAtStage1 + " (");
        assertThat(report.figure("timescale.stage1.within").orElseThrow().cases())
                .hasSize((int) withinAtStage1);
        theDatabaseCountsTheDaysAsTheCalendarDoes(report);
        long answered = count("""
                select count(*) from survey_response
                where submitted_at >= '2019-01-01 00:00:00+00' and submitted_at < '2020-01-01 00:00:00+00'""");
        assertThat(report.value("satisfaction.responses")).isEqualTo(String.valueOf(answered));
        long learned = count("""
                select count(distinct case_id) from stage_decision where learning is not null
                and sent_at >= '2019-01-01 00:00:00+00' and sent_at < '2020-01-01 00:00:00+00'""");
        assertThat(learned).isGreaterThan(1_000);
        assertThat(report.value("learning.recorded")).isEqualTo(String.valueOf(learned));
        long decided =
                count("select count(*) from ombudsman_referral where decided_on between '2019-01-01' and '2019-12-31'");
        assertThat(decided).isGreaterThan(20);
        assertThat(report.figure("ombudsman.decided").orElseThrow().cases()).hasSize((int) decided);
        long late = count("""
                select count(*) from ombudsman_recommendation where approved_at is not null and done_on > due_on
                and done_on between '2019-01-01' and '2019-12-31'""");
        assertThat(late).isPositive();
        assertThat(report.figure("ombudsman.recommendations.late").orElseThrow().cases())
                .hasSize((int) late);
        assertThat(figures.monthlyTrend(admin, YEAR, null)).hasSize(12).allSatisfy(month -> {
            assertThat(month.received()).isGreaterThan(5_000);
            assertThat(month.closed()).as(month.month() + " closed").isEqualTo(closedIn(month.month()));
        });
    }

    /** The complaints that closed in a month by the council's clock (its first and last hours too). */
    private int closedIn(YearMonth month) {
        ZoneId zone = calendarProperties.zone();
        return jdbc.queryForObject(
                "select count(*) from case_file where status = 'CLOSED' and closed_at >= ? and closed_at < ?",
                Integer.class,
                month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /**
     * The database counts each stage's responses by the day they were sent in the council's zone (a response sent
     * at 23:30 by the clock in summer is on the next day) and by the day the stage started; the average is worked
     * out from those counts. Read row by row instead, each row's day taken in Java, they must come to the same.
     */
    private void theDatabaseCountsTheDaysAsTheCalendarDoes(Report report) {
        List<String> services =
                figures.servicesFor(admin).stream().map(ServiceRef::code).toList();
        ReportCounts.PeriodCounts counted = counts.count(YEAR, services);
        for (Stage stage : Stage.values()) {
            List<ReportRows.Sent> sent = rows.sent(YEAR, services, stage);
            assertThat(sent).hasSizeGreaterThan(1_000);
            assertThat(byDay(counted.stages().get(stage).sentOn()))
                    .as(stage + " by day sent")
                    .isEqualTo(sent.stream()
                            .collect(Collectors.groupingBy(
                                    ReportRows.Sent::sentOn, TreeMap::new, Collectors.counting())));
            assertThat(byDay(counted.stages().get(stage).startedOn()))
                    .as(stage + " by day started")
                    .isEqualTo(sent.stream()
                            .collect(Collectors.groupingBy(
                                    ReportRows.Sent::startedOn, TreeMap::new, Collectors.counting())));
            WorkingDayTable days = new WorkingDayTable(calendar);
            double average = sent.stream()
                    .mapToInt(r -> days.workingDaysBetween(days.dayZero(r.startedOn()), r.sentOn())
                            - (r.clockStops() ? r.waited() : 0))
                    .average()
                    .orElseThrow();
            String n = stage == Stage.STAGE_1 ? "stage1" : "stage2";
            assertThat(report.value("time." + n + ".average")).isEqualTo(FigureValues.decimal(average, 1));
        }
        assertThat(sentInTheLastHourOfASummerDay())
                .as("the case the zone matters for")
                .isPositive();
    }

    private static Map<LocalDate, Long> byDay(List<ReportCounts.DaysCount> counted) {
        return counted.stream()
                .collect(Collectors.groupingBy(
                        ReportCounts.DaysCount::day,
                        TreeMap::new,
                        Collectors.summingLong(ReportCounts.DaysCount::count)));
    }

    private long sentInTheLastHourOfASummerDay() {
        return count("""
                select count(*) from stage_decision where sent_at >= '2019-04-01 00:00:00+00'
                and sent_at < '2019-10-01 00:00:00+00' and extract(hour from sent_at at time zone 'UTC') = 23""");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
