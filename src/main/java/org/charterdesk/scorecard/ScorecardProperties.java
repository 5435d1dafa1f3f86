package org.charterdesk.scorecard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code charterdesk.scorecard.*}: how the charter's figures are gathered.
 *
 * @param cycle when the engine opens the returns of the month just ended (a cron expression)
 * @param returnWorkingDays working days a service has to enter its figures after its period ends
 * @param atRiskWorkingDays working days before that date when the service is reminded
 * @param measures the file of measures loaded into an empty database
 */
@ConfigurationProperties("charterdesk.scorecard")
public record ScorecardProperties(
        String cycle, Integer returnWorkingDays, Integer atRiskWorkingDays, Resource measures) {

    public ScorecardProperties {
        cycle = cycle == null || cycle.isBlank() ? "0 0 6 1 * ?" : cycle;
        returnWorkingDays = returnWorkingDays == null ? 10 : returnWorkingDays;
        atRiskWorkingDays = atRiskWorkingDays == null ? 2 : atRiskWorkingDays;
    }
}
