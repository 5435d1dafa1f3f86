package org.charterdesk.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When a node is stopped, its job executor stops taking jobs before anything else stops: before the web server's
 * graceful shutdown waits for the requests in flight. Jobs it is running finish; jobs it has not taken stay in the
 * database for the other nodes. (Left to the engine, the executor would go on taking jobs until the engine closes,
 * after the web server.)
 */
@Component
class JobsStopFirst implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobsStopFirst.class);

    private final ProcessEngine engine;
    private volatile boolean running;

    JobsStopFirst(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
            LOG.info("Stopping: this node takes no more jobs; the other nodes take them");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The highest phase stops first, before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
