package org.charterdesk.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * When an outage of the database is noticed, the connection pool lets go of every connection it holds: they were
 * all cut together, and one handed out again soon after the database is back would fail a request that could have
 * succeeded. Connections in use are closed when they are returned; new ones are made as needed.
 */
@Component
class FreshConnectionsAfterOutage implements DisposableBean {

    private final AutoCloseable registration;

    FreshConnectionsAfterOutage(DataSource dataSource) throws SQLException {
        HikariDataSource pool =
                dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        this.registration = DatabaseOutages.whenNoticed(() -> {
            if (pool != null && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        });
    }

    @Override
    public void destroy() throws Exception {
        registration.close();
    }
}
