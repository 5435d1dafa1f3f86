package org.charterdesk.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.audit.*}: how long the audit log keeps an entry ({@code keep}, default seven years: longer than
 * the six years cases are kept, so that what happened to a case, its anonymisation included, can still be shown),
 * and when expired entries are removed ({@code purge-cron}).
 */
@ConfigurationProperties("charterdesk.audit")
public record AuditProperties(Period keep, String purgeCron) {

    public AuditProperties {
        keep = keep == null ? Period.ofYears(7) : keep;
        purgeCron = purgeCron == null ? "0 15 2 * * *" : purgeCron;
    }
}
