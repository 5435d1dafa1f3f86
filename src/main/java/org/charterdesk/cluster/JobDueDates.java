package org.charterdesk.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Every job has a due date ({@code ensureJobDueDateNotNull} in {@code application.yaml}, a job due at once is due
 * now), so the job executors look for due jobs along the due-date index, soonest first
 * ({@code jobExecutorAcquireByDueDate}). Without that, the look-up asked for jobs without a due date or due by now:
 * PostgreSQL gathered every due job for each look-up of ten, 10.6 ms a look-up with 10,000 warnings due together.
 * A job made before the setting, without a due date, would no longer be found: at start-up each is made due now.
 */
@Component
class JobDueDates extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(JobDueDates.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!configuration.isEnsureJobDueDateNotNull()) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            int dated = statement.executeUpdate(
                    "update act_ru_job set duedate_ = current_timestamp where duedate_ is null");
            if (dated > 0) {
                LOG.info("{} jobs without a due date are now due", dated);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not give the jobs without a due date one", e);
        }
    }
}
