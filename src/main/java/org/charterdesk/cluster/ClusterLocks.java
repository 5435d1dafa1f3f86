package org.charterdesk.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of work on one node at a time. On PostgreSQL each kind of work has a session advisory lock, taken
 * without waiting: a node that finds it taken skips the work, since another node is doing it. The lock is held on a
 * connection of its own, outside any transaction, so the work itself commits in short transactions of its own.
 */
@Component
public class ClusterLocks {

    private final DataSource dataSource;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work unless another node (or thread) is running work of the same name; says whether it ran. */
    public boolean runAlone(String name, Runnable work) {
        ReentrantLock inThisNode = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (!inThisNode.tryLock()) {
            return false;
        }
        try {
            return isPostgres() ? runWithAdvisoryLock(key(name), work) : run(work);
        } finally {
            inThisNode.unlock();
        }
    }

    /**
     * Runs the work once no other node (or thread) is running work of the same name, waiting for it first: for work
     * that every node must do but never two at once, such as setting up a database that several nodes start on.
     */
    public void runOneAtATime(String name, Runnable work) {
        ReentrantLock inThisNode = local.computeIfAbsent(name, n -> new ReentrantLock());
        inThisNode.lock();
        try {
            if (!isPostgres()) {
                work.run();
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                execute(connection, "select pg_advisory_lock(?)", key(name));
                try {
                    work.run();
                } finally {
                    execute(connection, "select pg_advisory_unlock(?)", key(name));
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not take the lock for " + name, e);
            }
        } finally {
            inThisNode.unlock();
        }
    }

    private static void execute(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    private static boolean run(Runnable work) {
        work.run();
        return true;
    }

    private boolean runWithAdvisoryLock(long key, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(?)", key)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the lock for shared work", e);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = DatabaseKind.isPostgres(dataSource);
        }
        return postgres;
    }

    /** A stable number for the name of a kind of work, the same on every node. */
    static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(("charterdesk:" + name).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
