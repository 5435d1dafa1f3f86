package org.charterdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year's report at a large council's size: 80,000 cases received in 2019, written in bulk with their decisions,
 * deadlines and surveys. A report once read the year's cases whole and then asked for their deadlines by a list of
 * case ids, which PostgreSQL refuses past 65,535 parameters; each figure must still agree with the database.
 */
class ComplaintFiguresAtScaleIT extends IntegrationTestBase {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

    @Autowired
    ComplaintFigures figures;

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
        assertThat(report.value("time.stage1.average")).isNotEqualTo("None");
        long answered = count("""
                select count(*) from survey_response
                where submitted_at >= '2019-01-01 00:00:00+00' and submitted_at < '2020-01-01 00:00:00+00'""");
        assertThat(report.value("satisfaction.responses")).isEqualTo(String.valueOf(answered));
        assertThat(figures.monthlyTrend(admin, YEAR, null))
                .hasSize(12)
                .allSatisfy(month -> assertThat(month.received()).isGreaterThan(5_000));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
