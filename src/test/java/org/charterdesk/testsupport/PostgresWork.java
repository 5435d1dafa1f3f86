package org.charterdesk.testsupport;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * What the test run's PostgreSQL has done: the processor time of all its processes (the server, its background
 * workers and every connection's backend, read from the operating system) and the transactions committed in one
 * database (from {@code pg_stat_database}). Two samples give the work in between. A backend that ended in between
 * takes its time with it, so keep connections pooled while measuring.
 */
public final class PostgresWork {

    /** An idle connection reports its statistics up to 10 s late (PostgreSQL 15); a sample waits for that. */
    private static final Duration STATISTICS_DELAY = Duration.ofSeconds(11);

    private final ToLongFunction<String> count;

    /** {@code count} runs a query for one number on the database measured ({@code DatabaseQueries::count}, say). */
    public PostgresWork(ToLongFunction<String> count) {
        this.count = count;
    }

    public Sample sample() {
        Waiting.pause(STATISTICS_DELAY);
        long commits = count.applyAsLong("select xact_commit from pg_stat_database where datname = current_database()");
        return new Sample(processorNanos(), commits);
    }

    private static long processorNanos() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("/embedded-pg/"))
                        .orElse(false))
                .mapToLong(process ->
                        process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    /** The server's processor time and the database's commits at one moment. */
    public record Sample(long processorNanos, long commits) {

        public double cpuMillisSince(Sample before) {
            return (processorNanos - before.processorNanos) / 1e6;
        }

        public long commitsSince(Sample before) {
            return commits - before.commits;
        }
    }
}
