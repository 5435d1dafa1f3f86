package org.charterdesk.complaints.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps attachments in the database, in the same transaction as the case they belong to. The bytes are streamed in
 * and out, never built up in memory by this class.
 */
@Component
@ConditionalOnProperty(name = "charterdesk.attachments.store", havingValue = "database", matchIfMissing = true)
class DatabaseAttachmentStore implements AttachmentStore {

    private final JdbcTemplate jdbc;

    DatabaseAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, Path file, long size) {
        jdbc.update("insert into attachment_content (storage_key, content) values (?, ?)", statement -> {
            statement.setString(1, key);
            try {
                statement.setBinaryStream(2, Files.newInputStream(file), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void copyTo(String key, OutputStream out) {
        jdbc.query(
                "select content from attachment_content where storage_key = ?",
                row -> {
                    try (InputStream in = row.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                key);
    }

    @Override
    public void remove(String key) {
        jdbc.update("delete from attachment_content where storage_key = ?", key);
    }
}
