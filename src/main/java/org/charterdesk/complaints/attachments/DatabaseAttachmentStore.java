package org.charterdesk.complaints.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;

/**
 * Keeps attachments in the database, in the same transaction as the case they belong to. The bytes are streamed in,
 * and read out a slice at a time, never built up in memory whole.
 */
@Component
@ConditionalOnProperty(name = "charterdesk.attachments.store", havingValue = "database", matchIfMissing = true)
class DatabaseAttachmentStore implements AttachmentStore {

    private static final String INSERT = "insert into attachment_content (storage_key, content) values (?, ?)";
    private static final int SLICE = 1024 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, Path file, long size) {
        jdbc.execute(INSERT, (PreparedStatementCallback<Integer>) statement -> {
            // The file is open only while the statement runs, and the driver streams it.
            try (InputStream in = Files.newInputStream(file)) {
                statement.setString(1, key);
                statement.setBinaryStream(2, in, size);
                return statement.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads the bytes a slice at a time, so that a download holds one slice in memory, not the whole file (the
     * driver reads a whole value at once).
     */
    @Override
    public void copyTo(String key, OutputStream out) {
        for (int from = 1; ; from += SLICE) {
            byte[] slice = jdbc.queryForObject(
                    "select substring(content from cast(? as integer) for cast(? as integer)) from attachment_content"
                            + " where storage_key = ?",
                    byte[].class,
                    from,
                    SLICE,
                    key);
            try {
                out.write(slice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (slice.length < SLICE) {
                return;
            }
        }
    }

    @Override
    public void remove(String key) {
        jdbc.update("delete from attachment_content where storage_key = ?", key);
    }
}
