package org.charterdesk.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something that happens on another thread or in another process. */
public final class Waiting {

    private Waiting() {}

    /** Checks every 100 ms until done; fails the test if it is not done in time. */
    public static void waitFor(BooleanSupplier done, Duration most) {
        long giveUp = System.nanoTime() + most.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("Gave up waiting after " + most);
            }
            pause(Duration.ofMillis(100));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
