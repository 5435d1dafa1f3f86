package org.charterdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.wrong-guesses.*}: how many wrong guesses at a customer's details are allowed in what
 * time: strictly from one caller ({@code limit}), more loosely at one case ({@code per-case-limit}), so that others'
 * guesses at a case do not soon lock its customer out.
 */
@ConfigurationProperties("charterdesk.security.wrong-guesses")
public record WrongGuessProperties(Integer limit, Integer perCaseLimit, Duration window) {

    public WrongGuessProperties {
        if (limit == null || limit < 1) {
            limit = 5;
        }
        if (perCaseLimit == null || perCaseLimit < 1) {
            perCaseLimit = 30;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(15);
        }
    }
}
