package org.charterdesk.complaints;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.intake.*}: logging contacts taken by staff. One received longer ago than
 * {@code lateLoggingLimit} may be logged only by a manager of its service, with the reason on the case's timeline.
 */
@ConfigurationProperties("charterdesk.intake")
public record IntakeProperties(Duration lateLoggingLimit) {

    public IntakeProperties {
        if (lateLoggingLimit == null || lateLoggingLimit.isNegative()) {
            lateLoggingLimit = Duration.ofDays(28);
        }
    }
}
