package org.charterdesk.complaints.steps;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where drafts of steps' forms are kept, one per open step. */
@Component
class StepDraftStore {

    record Row(String savedBy, Instant savedAt, String content) {}

    private final JdbcTemplate jdbc;

    StepDraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(String taskId, String savedBy, Instant savedAt, String content) {
        delete(taskId);
        jdbc.update(
                "insert into step_draft (task_id, saved_by, saved_at, content) values (?, ?, ?, ?)",
                taskId,
                savedBy,
                savedAt.atOffset(ZoneOffset.UTC),
                content);
    }

    Optional<Row> find(String taskId) {
        return jdbc
                .query(
                        "select saved_by, saved_at, content from step_draft where task_id = ?",
                        (row, n) -> new Row(
                                row.getString(1),
                                row.getObject(2, OffsetDateTime.class).toInstant(),
                                row.getString(3)),
                        taskId)
                .stream()
                .findFirst();
    }

    void delete(String taskId) {
        jdbc.update("delete from step_draft where task_id = ?", taskId);
    }
}
