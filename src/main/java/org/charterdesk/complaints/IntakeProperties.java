package org.charterdesk.complaints;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.intake.*}: logging contacts taken by staff. One received longer ago than
 * {@code lateLoggingLimit} may be logged only by a manager of its service, with the reason on the case's timeline.
 * A contact's Idempotency-Key is remembered for {@code keysKeptFor}: the same contact sent again with it within that
 * time gets the case it made.
 */
@ConfigurationProperties("charterdesk.intake")
public record IntakeProperties(Duration lateLoggingLimit, Duration keysKeptFor) {

    public IntakeProperties {
        if (lateLoggingLimit == null || lateLoggingLimit.isNegative()) {
            lateLoggingLimit = Duration.ofDays(28);
        }
        if (keysKeptFor == null || keysKeptFor.isNegative() || keysKeptFor.isZero()) {
            keysKeptFor = Duration.ofDays(1);
        }
    }
}
