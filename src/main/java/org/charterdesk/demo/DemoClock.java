package org.charterdesk.demo;

import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, moved while the demo builds its cases (before the application serves anyone), so that each
 * case and its timeline are dated as they happened; then put back as it was: the system clock, or the time a test
 * pinned it to.
 */
final class DemoClock {

    private DemoClock() {}

    /** Does {@code work} with the clock at {@code when}, then puts it back. */
    static <T> T at(Instant when, Supplier<T> work) {
        Runnable putBack = current();
        ClockUtil.setCurrentTime(Date.from(when));
        try {
            return work.get();
        } finally {
            putBack.run();
        }
    }

    /** What puts the clock back as it is now. */
    static Runnable current() {
        Date now = ClockUtil.getCurrentTime();
        boolean pinned = Math.abs(now.getTime() - System.currentTimeMillis()) > 60_000;
        return pinned ? () -> ClockUtil.setCurrentTime(now) : ClockUtil::reset;
    }
}
