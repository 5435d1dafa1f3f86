package org.charterdesk.tasklist;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.digest.*}: when managers' morning digests are written (a cron; by default 07:30 weekdays). */
@ConfigurationProperties("charterdesk.digest")
public record DigestProperties(String cron) {

    public DigestProperties {
        if (cron == null || cron.isBlank()) {
            cron = "0 30 7 ? * MON-FRI";
        }
    }
}
