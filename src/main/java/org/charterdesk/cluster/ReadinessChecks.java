package org.charterdesk.cluster;

import org.flywaydb.core.Flyway;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What readiness checks besides the database and the engine: every migration applied, and every set-up step
 * (charter, groups, first administrator, demo) done. See {@code management.endpoint.health.group.readiness}.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessChecks {

    @Bean
    HealthIndicator migrations(Flyway flyway) {
        return () -> {
            int pending = flyway.info().pending().length;
            Health.Builder health = pending == 0 ? Health.up() : Health.outOfService();
            var current = flyway.info().current();
            return health.withDetail("pending", pending)
                    .withDetail(
                            "version",
                            current == null ? "none" : current.getVersion().getVersion())
                    .build();
        };
    }

    @Bean
    HealthIndicator setUp(SetUpLifecycle lifecycle) {
        return () -> (lifecycle.done() ? Health.up() : Health.outOfService())
                .withDetails(lifecycle.millisByStep())
                .build();
    }
}
