package org.charterdesk.complaints.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a file's type from its content with Apache Tika, never from its name alone: a program renamed
 * {@code photo.jpg} is still a program. The name only narrows a type the content already shows (a Word document is
 * an Office Open XML package by its content, and ".docx" says which kind).
 */
@Component
public class FileTypes {

    private final Tika tika = new Tika();
    private final AttachmentProperties properties;

    FileTypes(AttachmentProperties properties) {
        this.properties = properties;
    }

    /** The file's type, to keep and to download it with; refused unless its content is an accepted type. */
    public String check(String fileName, Path file) {
        MediaType byContent = detect(file, null);
        if (!accepted(byContent)) {
            throw new FileRefusedException(
                    FileRefusedException.Reason.WRONG_TYPE,
                    fileName + " is not a file we can accept. Send photos (JPEG, PNG, HEIC), PDF, or Word, Excel,"
                            + " PowerPoint or OpenDocument files.",
                    fileName);
        }
        return detect(file, fileName).getBaseType().toString();
    }

    private boolean accepted(MediaType type) {
        String base = type.getBaseType().toString();
        return properties.allowedTypes().stream()
                .anyMatch(allowed -> allowed.endsWith("*")
                        ? base.startsWith(allowed.substring(0, allowed.length() - 1))
                        : base.equals(allowed));
    }

    private MediaType detect(Path file, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return tika.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
