package org.charterdesk.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The engine creates or updates its tables as it is built. Nodes that start together on an empty or older database
 * would each try to; on PostgreSQL they take turns under an advisory lock held while the engine is built, and the
 * later ones find the tables done. (The application's own tables are Flyway's, under Flyway's lock.)
 *
 * <p>Under the same lock it adds two indexes of its own to the engine's job table. Every node's job executor asks,
 * every few seconds, for the jobs due by now, and every node's monitoring counts, every 30 seconds, the jobs failing
 * and out of retries; without them PostgreSQL reads the whole table to answer, 160 ms a look-up with a large
 * council's 200,000 timers (none of them due), against 0.6 ms with them.
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    /** The index the job executors' look-up for due jobs uses. */
    static final String JOB_DUE_INDEX = "cd_idx_job_due";

    /**
     * The index of the few jobs being run, by process instance: the job executors' look-up skips a job whose process
     * instance has another job running, and without it PostgreSQL read the whole job table for each look-up to find
     * those (4 to 11 ms a look-up with 10,000 warnings due together and 15,000 jobs waiting).
     */
    static final String JOB_LOCKED_INDEX = "cd_idx_job_locked";

    /** The index of the few jobs that failed, for the monitoring's counts of them. */
    static final String JOB_FAILED_INDEX = "cd_idx_job_failed";

    private Connection held;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!DatabaseKind.isPostgres(configuration.getDataSource())) {
            return;
        }
        try {
            held = configuration.getDataSource().getConnection();
            execute("select pg_advisory_lock(?)");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the lock for the engine's tables", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index if not exists " + JOB_DUE_INDEX + " on act_ru_job (duedate_)");
                statement.execute("create index if not exists " + JOB_LOCKED_INDEX
                        + " on act_ru_job (process_instance_id_) where lock_owner_ is not null");
                statement.execute("create index if not exists " + JOB_FAILED_INDEX + " on act_ru_job (retries_)"
                        + " where retries_ = 0 or exception_msg_ is not null or exception_stack_id_ is not null");
            }
            execute("select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not give back the lock for the engine's tables", e);
        } finally {
            held = null;
        }
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = held.prepareStatement(sql)) {
            statement.setLong(1, ClusterLocks.key("engine-schema"));
            statement.execute();
        }
    }
}
