package org.charterdesk.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox for monitoring: {@code charterdesk.outbox.notifications{status}} (waiting, being sent, failed for good,
 * counted every {@code charterdesk.metrics.refresh}), and counters of emails sent and of failed tries on this node.
 */
@Component
public class OutboxMetrics {

    private final JdbcTemplate jdbc;
    private final MultiGauge byStatus;
    private final Counter sent;
    private final Counter failedTries;

    OutboxMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.byStatus = MultiGauge.builder("charterdesk.outbox.notifications")
                .description("Notifications not yet sent, by status: pending, sending, failed (given up), to_contact "
                        + "(by phone or post, for staff)")
                .register(registry);
        this.sent = Counter.builder("charterdesk.outbox.sent")
                .description("Emails the SMTP server accepted from this node")
                .register(registry);
        this.failedTries = Counter.builder("charterdesk.outbox.failed.tries")
                .description("Tries to send an email that failed on this node (each is tried again later)")
                .register(registry);
    }

    /**
     * The statuses are named, not "all but sent", so that the status index finds them: with two million sent
     * emails, "all but sent" read the whole index every time, 466 ms ({@code OutboxAtScaleBenchmarkIT}).
     */
    static final String BY_STATUS = """
            select status, count(*) from notification
             where status in ('PENDING', 'SENDING', 'FAILED', 'TO_CONTACT')
             group by status""";

    @Scheduled(
            initialDelayString = "${charterdesk.metrics.refresh:30s}",
            fixedDelayString = "${charterdesk.metrics.refresh:30s}")
    public void refresh() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(BY_STATUS, (RowCallbackHandler) row -> counts.put(row.getString(1), row.getLong(2)));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (NotificationStatus status : List.of(
                NotificationStatus.PENDING,
                NotificationStatus.SENDING,
                NotificationStatus.FAILED,
                NotificationStatus.TO_CONTACT)) {
            rows.add(MultiGauge.Row.of(
                    Tags.of("status", status.name().toLowerCase(Locale.ROOT)), counts.getOrDefault(status.name(), 0L)));
        }
        byStatus.register(rows, true);
    }

    void sent() {
        sent.increment();
    }

    void failedTry() {
        failedTries.increment();
    }
}
