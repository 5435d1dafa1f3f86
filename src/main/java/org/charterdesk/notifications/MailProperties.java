package org.charterdesk.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.mail.*}: who emails come from, the address links in them point to, and how the outbox is
 * sent. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without one, nothing is sent and the
 * notifications wait in the outbox.
 */
@ConfigurationProperties("charterdesk.mail")
public record MailProperties(
        String from,
        String publicUrl,
        Duration pollInterval,
        int batchSize,
        int connections,
        int maxAttempts,
        Duration firstRetry,
        Duration longestRetry,
        Duration lease) {

    public MailProperties {
        from = from == null || from.isBlank() ? "complaints@example.gov.uk" : from;
        publicUrl =
                publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        connections = connections <= 0 ? 1 : connections;
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
    }

    /** How long to wait after the {@code attempts}-th failure: doubling from the first wait, up to the longest. */
    public Duration retryAfter(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    /** A link into the application, for an email. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
