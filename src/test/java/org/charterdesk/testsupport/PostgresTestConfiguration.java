package org.charterdesk.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A pooled DataSource on a database of the test run's PostgreSQL server (or, on a benchmark run given one, on the
 * database kept for benchmarks: {@link BenchmarkDatabase}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    @Bean
    DataSource dataSource() {
        if (BenchmarkDatabase.kept()) {
            HikariDataSource kept = new HikariDataSource();
            kept.setJdbcUrl(BenchmarkDatabase.url().orElseThrow());
            kept.setMaximumPoolSize(12);
            return kept;
        }
        LeasedDataSource dataSource = new LeasedDataSource();
        dataSource.setJdbcUrl(EmbeddedPostgresServer.newDatabase());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }

    /** Gives the database back when the context closes, after the engine has shut down. */
    static final class LeasedDataSource extends HikariDataSource {

        private boolean released;

        @Override
        public synchronized void close() {
            super.close();
            if (!released) {
                released = true;
                EmbeddedPostgresServer.release();
            }
        }
    }
}
