package org.charterdesk.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link SetUpBeforeServing} step once, in order, in a lifecycle phase before the web server's, so the
 * server starts accepting connections only when they are all done.
 */
@Component
class SetUpLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SetUpLifecycle.class);

    /** Well before Spring Boot's web server, which starts near {@link SmartLifecycle#DEFAULT_PHASE}. */
    static final int PHASE = 0;

    private final ObjectProvider<SetUpBeforeServing> steps;
    private final Map<String, Long> millisByStep = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean done;

    private final ClusterLocks locks;

    SetUpLifecycle(ObjectProvider<SetUpBeforeServing> steps, ClusterLocks locks) {
        this.steps = steps;
        this.locks = locks;
    }

    @Override
    public void start() {
        if (done) {
            return;
        }
        // Nodes that start together on one database set it up one after the other: the first creates the groups, the
        // first administrator and the demo, the next finds them there.
        locks.runOneAtATime("set-up", () -> steps.orderedStream().forEach(this::run));
        done = true;
    }

    private void run(SetUpBeforeServing step) {
        String name = AopUtils.getTargetClass(step).getSimpleName();
        long start = System.nanoTime();
        try {
            step.setUp();
        } catch (Exception e) {
            throw new IllegalStateException("Setting up failed at " + name, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        millisByStep.put(name, millis);
        LOG.info("Set up before serving: {} in {} ms", name, millis);
    }

    boolean done() {
        return done;
    }

    /** How long each step took, in the order they ran. */
    Map<String, Long> millisByStep() {
        synchronized (millisByStep) {
            return Map.copyOf(millisByStep);
        }
    }

    @Override
    public void stop() {
        // Nothing to undo: what the steps set up is in the database.
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
