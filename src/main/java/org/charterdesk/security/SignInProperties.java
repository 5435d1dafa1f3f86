package org.charterdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.sign-in.*}: how repeated wrong passwords are slowed down. The first few failures in
 * the window cost nothing; each one after that doubles the wait, from {@code firstWait} up to {@code longestWait},
 * counted by account and by address. Failures older than the window count for nothing, so no wait lasts for good.
 */
@ConfigurationProperties("charterdesk.security.sign-in")
public record SignInProperties(
        Integer freeFailuresPerAccount,
        Integer freeFailuresPerAddress,
        Duration firstWait,
        Duration longestWait,
        Duration window,
        Duration keepFailures) {

    public SignInProperties {
        freeFailuresPerAccount = freeFailuresPerAccount == null ? 3 : freeFailuresPerAccount;
        freeFailuresPerAddress = freeFailuresPerAddress == null ? 10 : freeFailuresPerAddress;
        firstWait = firstWait == null ? Duration.ofSeconds(2) : firstWait;
        longestWait = longestWait == null ? Duration.ofMinutes(15) : longestWait;
        window = window == null ? Duration.ofMinutes(15) : window;
        keepFailures = keepFailures == null ? Duration.ofDays(30) : keepFailures;
    }

    /** The wait after {@code failures} failures in the window, when {@code free} of them cost nothing. */
    Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
