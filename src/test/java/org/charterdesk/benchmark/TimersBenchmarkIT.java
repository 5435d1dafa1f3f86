package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.OpenComplaints;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 10,000 at-risk warnings falling due at the same moment (set {@code charterdesk.benchmark.timers} for another
 * number): open complaints made by {@link OpenComplaints}, each at its stage 1 answer with the response's at-risk
 * timer, all made due now; then the engine's job executor, with the application's settings, fires them. Prints how
 * long until every warning is in the outbox, and asserts that each case's warning is there exactly once, to its team
 * and to its managers, and that no timer failed.
 */
@Tag("benchmark")
class TimersBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Timers falling due together";
    private static final int COUNT = Integer.getInteger("charterdesk.benchmark.timers", 10_000);
    private static final String SIZE = String.format(Locale.UK, "%,d at-risk timers", COUNT);
    private static final long GIVE_UP_AFTER_MS = 15 * 60_000L;

    /** The at-risk timers of the generated cases' stage 1 answers. */
    private static final String TIMERS =
            "job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'Stage1ResponseAtRisk')"
                    + " and process_instance_id_ in " + OpenComplaints.INSTANCES;

    private static final String WARNINGS =
            "from notification where type = 'STEP_AT_RISK' and case_id in " + OpenComplaints.CASES;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void everyWarningIsInTheOutboxOnceWhenTenThousandFallDueTogether() throws InterruptedException {
        CaseFile template = phoneComplaint("housing", null);
        OpenComplaints open = new OpenComplaints(jdbc, runtime, taskService, transaction);
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        try {
            assertThat(open.copiesOf(template, COUNT, 2)).isEqualTo(COUNT);
            assertThat(count("select count(*) from act_ru_job where " + TIMERS)).isEqualTo(COUNT);
            // Every generated answer is at risk today, and every warning's timer falls due now.
            jdbc.update("update case_deadline set at_risk_on = current_date, due_on = current_date + 1"
                    + " where case_id in " + OpenComplaints.CASES);
            assertThat(jdbc.update("update act_ru_job set duedate_ = now() where " + TIMERS))
                    .isEqualTo(COUNT);
            jdbc.execute("vacuum analyze");
            long before = count("select coalesce(max(id), 0) from notification");
            long othersDue = count("select count(*) from act_ru_job where duedate_ <= now() and not (" + TIMERS + ")");
            executor.setMaxJobsPerAcquisition(camunda.getJobExecution().getMaxJobsPerAcquisition());
            long started = System.nanoTime();
            executor.start();
            long warned = 0;
            while (warned < COUNT && (System.nanoTime() - started) / 1_000_000 < GIVE_UP_AFTER_MS) {
                Thread.sleep(500);
                warned = casesWarned(before);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            executor.shutdown();
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK %,d at-risk timers due at once (and %,d other jobs due): every warning in the outbox"
                            + " after %.1f s, %.0f a second%n",
                    COUNT,
                    othersDue,
                    seconds,
                    warned / seconds);
            BenchmarkReport.value(BENCHMARK, "every warning in the outbox (goal 60 s)", "s", seconds, SIZE);
            BenchmarkReport.value(BENCHMARK, "warnings written", "per s", warned / seconds, SIZE);
            assertThat(warned).as("cases warned").isEqualTo(COUNT);
            assertThat(count("select count(*) from (select case_id, recipient " + WARNINGS
                            + " group by case_id, recipient having count(*) > 1) twice"))
                    .as("warnings there twice")
                    .isZero();
            // One to the officers of the case's service and one to its managers.
            assertThat(count("select count(*) " + WARNINGS)).isEqualTo(2L * COUNT);
            assertThat(count("select count(*) from act_ru_job where " + TIMERS))
                    .as("timers left")
                    .isZero();
            assertThat(count("select count(*) from act_ru_job where exception_msg_ is not null"
                            + " and process_instance_id_ in " + OpenComplaints.INSTANCES))
                    .as("failed jobs")
                    .isZero();
        } finally {
            if (executor.isActive()) {
                executor.shutdown();
            }
            open.delete();
        }
    }

    /**
     * How many cases have their warning in the outbox. Asked every half second while the timers fire, on the same
     * two cores, so first by the new notifications' count (two a warning; 15 ms of PostgreSQL's time), and exactly
     * only once they may all be there (33 ms a time, 5 s of the database's time over a run when asked throughout).
     */
    private long casesWarned(long before) {
        long written = count("select count(*) from notification where id > " + before + " and type = 'STEP_AT_RISK'");
        return written < 2L * COUNT ? written / 2 : count("select count(distinct case_id) " + WARNINGS);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
