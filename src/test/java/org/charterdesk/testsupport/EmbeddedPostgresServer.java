package org.charterdesk.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server for the whole test run (binaries from Maven Central, no Docker). Each Spring
 * context gets a database of its own; the server stops when the last context lets go of it.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    private static int leases;
    private static int databases;

    private EmbeddedPostgresServer() {}

    /** A fresh, empty database; call {@link #release()} when done with it. */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                // Stopped by the last context to close, after its engine; not by a JVM hook racing the engine.
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            }
            String name = "charterdesk_" + (++databases);
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            leases++;
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    public static synchronized void release() {
        if (--leases == 0 && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }
}
