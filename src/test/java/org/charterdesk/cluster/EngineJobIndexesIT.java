package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large council has 200,000 deadline timers waiting (two for each open complaint). Every node's job executor asks
 * every few seconds for those due by now, and its monitoring counts every 30 seconds those failing and out of
 * retries. On PostgreSQL these must find their jobs by an index, never by reading the whole job table (160 ms a
 * look-up at that size, {@code StartUpAtScaleBenchmarkIT}).
 */
class EngineJobIndexesIT extends IntegrationTestBase {

    /**
     * The job executor's look-up for due jobs, as Camunda 7.24 writes it ({@code selectNextJobsToExecute}) with
     * every job given a due date and due jobs taken soonest first ({@code application.yaml}).
     */
    private static final String DUE_JOBS = """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES
             where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= now())
               and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1
               and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
                      where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                        and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())))
                    or RES.EXCLUSIVE_ = false)
             order by RES.DUEDATE_ asc
             limit 10 offset 0""";

    /**
     * 20,000 timers of as many process instances: 10,000 due a minute ago (a morning's warnings), the first 20 of them
     * being run by a node, and 10,000 due in a month.
     */
    private static final String WAITING_TIMERS = """
            insert into act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_,
                                    handler_type_, suspension_state_, lock_owner_, lock_exp_time_)
            select 'indexes-it-' || g, 1, 'timer', true, 'indexes-it-instance-' || g, 3,
                   case when g <= 10000 then now() - interval '1 minute' else now() + interval '30 days' end,
                   'timer-transition', 1, case when g <= 20 then 'node-a' end,
                   case when g <= 20 then now() + interval '5 minutes' end
              from generate_series(1, 20000) g""";

    @Autowired
    JobDueDates jobDueDates;

    /** The monitoring's counts ({@code EngineMetrics}): failing but still being retried, and out of retries. */
    private static final String FAILING = """
            select count(distinct RES.ID_) from ACT_RU_JOB RES where RES.RETRIES_ > 0
               and (RES.EXCEPTION_MSG_ is not null or RES.EXCEPTION_STACK_ID_ is not null)""";

    private static final String OUT_OF_RETRIES =
            "select count(distinct RES.ID_) from ACT_RU_JOB RES where RES.RETRIES_ = 0";

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theJobExecutorsFindDueJobsByTheDueDateIndex() {
        assertThat(plan(DUE_JOBS)).contains(EngineSchemaLock.JOB_DUE_INDEX).doesNotContain("Seq Scan on act_ru_job");
    }

    /**
     * The look-up skips a job whose process instance has a job running somewhere. With 20,000 timers waiting,
     * PostgreSQL found those by reading the whole job table on every look-up (4 to 11 ms each with 10,000 warnings
     * falling due together, {@code TimersBenchmarkIT}), unless the few running jobs have an index of their own. Here
     * on its own statistics, not with reading whole tables turned off.
     */
    @Test
    void theJobExecutorsFindTheJobsBeingRunByTheirOwnIndex() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.update(WAITING_TIMERS);
            jdbc.execute("analyze act_ru_job");
            List<String> lines = jdbc.queryForList("explain " + DUE_JOBS, String.class);
            status.setRollbackOnly();
            return String.join("\n", lines);
        });
        assertThat(plan)
                .contains(EngineSchemaLock.JOB_LOCKED_INDEX)
                .contains(EngineSchemaLock.JOB_DUE_INDEX)
                .doesNotContain("Seq Scan");
    }

    /** A job made before every job had a due date (none, meaning at once) is made due at start-up, or never runs. */
    @Test
    void aJobWithoutADueDateIsMadeDueAtStartUp() {
        String reference = phoneComplaint("housing", null).getReference();
        String instance = instance(reference).getId();
        String job = jdbc.queryForObject(
                "select min(id_) from act_ru_job where process_instance_id_ = ?", String.class, instance);
        Timestamp due = jdbc.queryForObject("select duedate_ from act_ru_job where id_ = ?", Timestamp.class, job);
        try {
            jdbc.update("update act_ru_job set duedate_ = null where id_ = ?", job);
            Instant before = Instant.now();
            jobDueDates.postProcessEngineBuild(engine);
            Timestamp now = jdbc.queryForObject("select duedate_ from act_ru_job where id_ = ?", Timestamp.class, job);
            assertThat(now).isNotNull();
            assertThat(now.toInstant())
                    .isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
        } finally {
            jdbc.update("update act_ru_job set duedate_ = ? where id_ = ?", due, job);
        }
    }

    @Test
    void theMonitoringCountsFailedJobsByTheirOwnIndex() {
        assertThat(plan(FAILING)).contains(EngineSchemaLock.JOB_FAILED_INDEX).doesNotContain("Seq Scan");
        assertThat(plan(OUT_OF_RETRIES))
                .contains(EngineSchemaLock.JOB_FAILED_INDEX)
                .doesNotContain("Seq Scan");
    }

    /** The plan PostgreSQL makes for the query when it may not read the whole table if an index will do. */
    private String plan(String sql) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
        });
    }
}
