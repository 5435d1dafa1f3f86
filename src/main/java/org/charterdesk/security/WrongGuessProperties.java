package org.charterdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.security.wrong-guesses.*}: how many wrong guesses are allowed in what time. */
@ConfigurationProperties("charterdesk.security.wrong-guesses")
public record WrongGuessProperties(int limit, Duration window) {

    public WrongGuessProperties {
        if (limit < 1) {
            limit = 5;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(15);
        }
    }
}
