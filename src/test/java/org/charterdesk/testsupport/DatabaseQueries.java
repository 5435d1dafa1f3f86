package org.charterdesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Plain queries on a database of the test run's PostgreSQL, for checking what applications in their own JVMs did. */
public final class DatabaseQueries {

    private final String url;

    public DatabaseQueries(String url) {
        this.url = url;
    }

    public long count(String sql) {
        return Long.parseLong(strings(sql).iterator().next());
    }

    /** Runs an update; returns the number of rows it changed. */
    public int update(String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Set<String> strings(String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            Set<String> values = new HashSet<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Open steps in the engine with no task-list row. */
    public Set<String> unlistedSteps() {
        Set<String> open = strings("select id_ from act_ru_task");
        open.removeAll(strings("select task_id from task_list_entry"));
        return open;
    }

    /** Open steps of these cases (by reference) with no task-list row. */
    public Set<String> unlistedSteps(Set<String> references) {
        Set<String> open = strings("select t.id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                + " where p.business_key_ in (" + listOf(references) + ")");
        open.removeAll(strings("select task_id from task_list_entry"));
        return open;
    }

    /** The values as a list of SQL string literals, for {@code in (...)}. */
    public static String listOf(Set<String> values) {
        return values.stream()
                .map(value -> "'" + value.replace("'", "''") + "'")
                .collect(Collectors.joining(","));
    }

    /** Task-list rows for steps no longer open. */
    public Set<String> listedButClosedSteps() {
        Set<String> listed = strings("select task_id from task_list_entry");
        listed.removeAll(strings("select id_ from act_ru_task"));
        return listed;
    }
}
