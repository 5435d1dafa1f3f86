package org.charterdesk.complaints.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps attachments as files under {@code charterdesk.attachments.directory} (a shared volume when the application
 * runs on several nodes), one file per key. The directory should be backed up with the database.
 */
@Component
@ConditionalOnProperty(name = "charterdesk.attachments.store", havingValue = "directory")
class DirectoryAttachmentStore implements AttachmentStore {

    private final Path directory;

    DirectoryAttachmentStore(AttachmentProperties properties) throws IOException {
        if (properties.directory() == null) {
            throw new IllegalStateException(
                    "charterdesk.attachments.directory must be set when attachments are kept in a directory");
        }
        this.directory = Files.createDirectories(properties.directory());
    }

    @Override
    public void put(String key, Path file, long size) {
        try {
            Path temporary = Files.createTempFile(directory, "incoming-", ".part");
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, pathOf(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copyTo(String key, OutputStream out) {
        try {
            Files.copy(pathOf(key), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not an attachment key: " + key);
        }
        return directory.resolve(key);
    }
}
