package org.charterdesk.actionplans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.plans.*}: how approved plans are followed up.
 *
 * @param progressCycle how often each open action's owner records progress (an ISO 8601 repeating interval)
 * @param checkCycle how often target dates are checked
 * @param nearingWorkingDays how many working days before its target an action gets a progress step
 * @param updatedLately an action updated within this time before the check needs no progress step yet
 * @param reviewWorkingDays working days a reviewer has to decide on a plan
 */
@ConfigurationProperties("charterdesk.plans")
public record PlanProperties(
        String progressCycle,
        String checkCycle,
        Integer nearingWorkingDays,
        Duration updatedLately,
        Integer reviewWorkingDays) {

    public PlanProperties {
        progressCycle = progressCycle == null || progressCycle.isBlank() ? "R/P3M" : progressCycle;
        checkCycle = checkCycle == null || checkCycle.isBlank() ? "R/P1D" : checkCycle;
        nearingWorkingDays = nearingWorkingDays == null ? 10 : nearingWorkingDays;
        updatedLately = updatedLately == null ? Duration.ofDays(14) : updatedLately;
        reviewWorkingDays = reviewWorkingDays == null ? 10 : reviewWorkingDays;
    }
}
