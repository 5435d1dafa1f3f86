package org.charterdesk.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.metrics.*}: the bearer token Prometheus scrapes with (none: administrators only), how often
 * gauges that need a query are counted, and how often the engine writes its job figures.
 */
@ConfigurationProperties("charterdesk.metrics")
public record MetricsProperties(String token, Duration refresh, Duration engineInterval) {

    public MetricsProperties {
        token = token == null ? "" : token;
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
        engineInterval = engineInterval == null ? Duration.ofSeconds(60) : engineInterval;
    }
}
