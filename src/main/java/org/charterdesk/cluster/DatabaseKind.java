package org.charterdesk.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/** Whether the database is PostgreSQL (several nodes may share it) or the embedded single-node default. */
public final class DatabaseKind {

    private DatabaseKind() {}

    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not reach the database", e);
        }
    }
}
