package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The job executor's look-up for due jobs, as Camunda 7.24 writes it ({@code selectNextJobsToExecute}). */
    private static final String DUE_JOBS = """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES
             where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now())
               and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1
               and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
                      where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                        and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())))
                    or RES.EXCLUSIVE_ = false)
             limit 10 offset 0""";

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
