package org.charterdesk.tasklist;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Date;
import java.util.List;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code charterdesk.steps.open{service, status}}: the open steps of each service on track, at risk and overdue
 * today, as the task lists count them. Counted every {@code charterdesk.metrics.refresh}, not at each scrape.
 */
@Component
public class OpenStepMetrics {

    /** Grouped on a derived table's column: H2 (the embedded default) refuses to group by a CASE with parameters. */
    private static final String COUNT = """
            select service_code, standing, count(*)
              from (select service_code,
                           case when due_on < ? then 'overdue'
                                when at_risk_on <= ? then 'at_risk'
                                else 'on_track' end as standing
                      from task_list_entry) open_steps
             group by service_code, standing""";

    private final JdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final MultiGauge open;

    OpenStepMetrics(JdbcTemplate jdbc, Deadlines deadlines, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.open = MultiGauge.builder("charterdesk.steps.open")
                .description("Open steps by service and charter status (on_track, at_risk, overdue)")
                .register(registry);
    }

    @Scheduled(
            initialDelayString = "${charterdesk.metrics.refresh:30s}",
            fixedDelayString = "${charterdesk.metrics.refresh:30s}")
    public void refresh() {
        Date today = Date.valueOf(deadlines.today());
        List<MultiGauge.Row<?>> rows = jdbc.query(
                COUNT,
                (row, n) -> MultiGauge.Row.of(
                        Tags.of("service", row.getString(1), "status", row.getString(2)), row.getLong(3)),
                today,
                today);
        open.register(rows, true);
    }
}
