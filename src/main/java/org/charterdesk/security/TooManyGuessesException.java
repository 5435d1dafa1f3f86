package org.charterdesk.security;

import java.time.Duration;

/** Too many wrong guesses at a customer's details: wait before trying again. */
public class TooManyGuessesException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyGuessesException(Duration retryAfter) {
        super("There have been too many wrong tries. Please wait " + minutes(retryAfter)
                + " and try again, or contact us.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up, at least 1. */
    public long minutesToWait() {
        return wholeMinutes(retryAfter);
    }

    public static String minutes(Duration wait) {
        long minutes = wholeMinutes(wait);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    private static long wholeMinutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
