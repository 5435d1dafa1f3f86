package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real pool (HikariCP) on the test run's PostgreSQL. When every connection is busy for the pool's timeout, as under
 * 64 customers at once on two cores, the database is not out of reach: callers still hear "try again shortly", but
 * the pool keeps its sound connections. Before, that was taken for an outage and the pool let go of every
 * connection, so that callers waited for new ones and more timed out: 90 of 1,200 complaints were turned away.
 */
class DatabaseOutagesIT {

    private static String url;

    @BeforeAll
    static void database() {
        url = EmbeddedPostgresServer.newDatabase();
    }

    @AfterAll
    static void release() {
        EmbeddedPostgresServer.release();
    }

    @Test
    void aPoolBusyForItsWholeTimeoutIsNotAnOutage() throws Exception {
        AtomicInteger evictions = new AtomicInteger();
        try (HikariDataSource pool = pool(url);
                AutoCloseable noticed = DatabaseOutages.whenNoticed(evictions::incrementAndGet);
                Connection holding = pool.getConnection()) {
            Throwable busy = catchThrowable(pool::getConnection);

            assertThat(busy).hasMessageContaining("Connection is not available");
            assertThat(DatabaseOutages.isOutage(busy))
                    .as("the caller is told to try again")
                    .isTrue();
            assertThat(evictions).as("the pool keeps its connections").hasValue(0);
            assertThat(holding.isValid(1)).isTrue();
        }
    }

    @Test
    void aDatabaseOutOfReachIsAnOutageAndThePoolLetsGoOfItsConnections() throws Exception {
        AtomicInteger evictions = new AtomicInteger();
        String nowhere = "jdbc:postgresql://127.0.0.1:" + Ports.free() + "/charterdesk";
        try (HikariDataSource pool = pool(nowhere);
                AutoCloseable noticed = DatabaseOutages.whenNoticed(evictions::incrementAndGet)) {
            Throwable outOfReach = catchThrowable(pool::getConnection);

            assertThat(DatabaseOutages.isOutage(outOfReach)).isTrue();
            assertThat(evictions).hasValue(1);
        }
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
