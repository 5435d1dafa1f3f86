package org.charterdesk.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords lately, for this account or from this address: try again after a while. */
public class SignInThrottledException extends AuthenticationException {

    private final Instant tryAgainAt;
    private final Duration wait;

    SignInThrottledException(Instant tryAgainAt, Duration wait) {
        super("Too many wrong passwords. Please wait " + TooManyGuessesException.minutes(wait) + " and try again.");
        this.tryAgainAt = tryAgainAt;
        this.wait = wait;
    }

    /** When signing in may be tried again. */
    public Instant tryAgainAt() {
        return tryAgainAt;
    }

    public Duration waitFor() {
        return wait;
    }
}
