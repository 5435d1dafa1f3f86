package org.charterdesk.cluster;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The process engine's jobs (timers, asynchronous steps) for monitoring. Gauges, counted every
 * {@code charterdesk.metrics.refresh}: jobs due now, jobs failing but still being retried, jobs out of retries,
 * open incidents. Counters, from the engine's own metrics of every node (written to the database every minute):
 * jobs acquired, done and failed.
 */
@Component
class EngineMetrics {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong failing = new AtomicLong();
    private final AtomicLong outOfRetries = new AtomicLong();
    private final AtomicLong incidents = new AtomicLong();

    EngineMetrics(ManagementService management, RuntimeService runtime, MeterRegistry registry) {
        this.management = management;
        this.runtime = runtime;
        gauge(registry, "charterdesk.jobs.due", "Jobs due now and not yet done", due);
        gauge(registry, "charterdesk.jobs.failing", "Jobs that failed and will be tried again", failing);
        gauge(registry, "charterdesk.jobs.out.of.retries", "Jobs that failed every try: see Cockpit", outOfRetries);
        gauge(registry, "charterdesk.incidents.open", "Open incidents in the engine: see Cockpit", incidents);
        Map.of(
                        "charterdesk.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS,
                        "charterdesk.jobs.done", Metrics.JOB_SUCCESSFUL,
                        "charterdesk.jobs.failed", Metrics.JOB_FAILED)
                .forEach((name, engineMetric) -> FunctionCounter.builder(
                                name, management, m -> engineTotal(m, engineMetric))
                        .description("The engine's " + engineMetric + " metric, all nodes, as last written")
                        .register(registry));
    }

    private static void gauge(MeterRegistry registry, String name, String description, AtomicLong value) {
        Gauge.builder(name, value, AtomicLong::get).description(description).register(registry);
    }

    private static double engineTotal(ManagementService management, String metric) {
        return management.createMetricsQuery().name(metric).sum();
    }

    @Scheduled(
            initialDelayString = "${charterdesk.metrics.refresh:30s}",
            fixedDelayString = "${charterdesk.metrics.refresh:30s}")
    void refresh() {
        due.set(management.createJobQuery().executable().count());
        failing.set(
                management.createJobQuery().withException().withRetriesLeft().count());
        outOfRetries.set(management.createJobQuery().noRetriesLeft().count());
        incidents.set(runtime.createIncidentQuery().count());
    }
}
