package org.charterdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing at what only a customer knows (the email address on their complaint). Wrong guesses are
 * counted in the database, so every node counts them, over a sliding window: strictly per caller (five in fifteen
 * minutes by default), and more loosely per case (thirty), so that a customer is not soon locked out by others'
 * guesses while guessing still cannot get far. Past a limit, tries wait until the oldest counted guess leaves the
 * window.
 */
@Component
public class WrongGuesses {

    private static final String SINCE =
            "select occurred_at from wrong_guess where guess_key = ? and occurred_at > ? order by occurred_at";

    private final WrongGuessProperties properties;
    private final FailureLog log;

    WrongGuesses(WrongGuessProperties properties, FailureLog log) {
        this.properties = properties;
        this.log = log;
    }

    /** Refuses the try if the caller, or the case, has had too many wrong guesses lately. */
    public void checkAllowed(String caller, String reference) {
        Instant now = log.now();
        Optional<Instant> byCaller = blockedUntil(callerKey(caller), properties.limit());
        Optional<Instant> byCase = blockedUntil(caseKey(reference), properties.perCaseLimit());
        Optional<Instant> until = byCaller.isPresent() && byCase.isPresent()
                ? Optional.of(byCaller.get().isAfter(byCase.get()) ? byCaller.get() : byCase.get())
                : byCaller.or(() -> byCase);
        if (until.isPresent() && until.get().isAfter(now)) {
            throw new TooManyGuessesException(Duration.between(now, until.get()));
        }
    }

    /** Counts a wrong guess against the caller and the case. */
    public void recordFailure(String caller, String reference) {
        Object now = FailureLog.at(log.now());
        log.write("insert into wrong_guess (guess_key, occurred_at) values (?, ?)", callerKey(caller), now);
        log.write("insert into wrong_guess (guess_key, occurred_at) values (?, ?)", caseKey(reference), now);
    }

    /** Guesses older than a day count for nothing: they are deleted every hour. */
    @Scheduled(cron = "0 7 * * * *")
    void forgetOldGuesses() {
        log.write(
                "delete from wrong_guess where occurred_at < ?",
                FailureLog.at(log.now().minus(Duration.ofDays(1))));
    }

    private Optional<Instant> blockedUntil(String key, int limit) {
        List<Instant> recent = log.since(SINCE, properties.window(), key);
        return FailureLog.blockedUntil(recent, limit, properties.window());
    }

    private static String callerKey(String caller) {
        return "address:" + caller;
    }

    private static String caseKey(String reference) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(Locale.UK);
        return "case:" + (ref.length() > 200 ? ref.substring(0, 200) : ref);
    }
}
