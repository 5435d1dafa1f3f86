package org.charterdesk.cluster;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means the database is out of reach (no connection within the pool's timeout, a refused
 * or broken connection), whichever layer wrapped it, so that callers are told the service is briefly unavailable
 * rather than sent to sign in or shown an error of their own making.
 */
public final class DatabaseOutages {

    /** How long to ask callers to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** What staff and customers are told. */
    public static final String MESSAGE = "The service is unavailable, try again shortly.";

    private static final Set<Runnable> WHEN_NOTICED = ConcurrentHashMap.newKeySet();

    private DatabaseOutages() {}

    /**
     * Whether the failure means the database cannot be had just now: out of reach, or every connection of the pool
     * busy for the pool's whole timeout. If out of reach, whatever was registered with {@link #whenNoticed(Runnable)}
     * runs (the pool lets go of its connections, all broken by then); if only busy, the connections are kept: letting
     * go of sound connections under load would make every caller wait for new ones, and more of them time out.
     */
    public static boolean isOutage(Throwable failure) {
        boolean busy = poolBusy(failure);
        boolean cutOff = !busy && causedByOutage(failure);
        if (cutOff) {
            WHEN_NOTICED.forEach(Runnable::run);
        }
        return busy || cutOff;
    }

    /**
     * The pool gave no connection in time although the database answers: it would say why it could not connect
     * (the cause and its SQLSTATE) if it had failed to.
     */
    static boolean poolBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null && timeout.getSQLState() == null;
            }
        }
        return false;
    }

    /** Runs {@code action} each time an outage is noticed, until the returned handle is closed. */
    static AutoCloseable whenNoticed(Runnable action) {
        WHEN_NOTICED.add(action);
        return () -> WHEN_NOTICED.remove(action);
    }

    private static boolean causedByOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosed(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** The pool or the driver refusing a connection it already knows is broken, after the first failure on it. */
    private static boolean isClosed(SQLException failure) {
        String message = failure.getMessage();
        return message != null
                && (message.startsWith("Connection is closed")
                        || message.startsWith("This connection has been closed"));
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down or gone). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
