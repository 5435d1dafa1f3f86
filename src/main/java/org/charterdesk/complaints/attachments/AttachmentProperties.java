package org.charterdesk.complaints.attachments;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code charterdesk.attachments.*}: how many files one submission may carry and how large each may be; which types
 * are accepted (read from each file's content); where the bytes are kept ({@code database}, the default, or
 * {@code directory} under {@code directory}); and the ClamAV daemon that scans each file, when {@code clamav.host} is
 * set.
 */
@ConfigurationProperties("charterdesk.attachments")
public record AttachmentProperties(
        int maxFiles, DataSize maxFileSize, List<String> allowedTypes, String store, Path directory, Clamav clamav) {

    /** Images, PDF and the common office formats, as their content shows them. */
    static final List<String> DEFAULT_TYPES = List.of(
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "image/heic",
            "image/heif",
            "image/tiff",
            "image/bmp",
            "application/pdf",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/vnd.oasis.opendocument.*",
            "application/rtf");

    public AttachmentProperties {
        maxFiles = maxFiles <= 0 ? 10 : maxFiles;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : List.copyOf(allowedTypes);
        store = store == null || store.isBlank() ? "database" : store;
        clamav = clamav == null ? new Clamav(null, 3310, null) : clamav;
    }

    /** The ClamAV daemon (clamd) that scans every file before it is kept; none when {@code host} is blank. */
    public record Clamav(String host, int port, Duration timeout) {

        public Clamav {
            port = port <= 0 ? 3310 : port;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    /** The size limit in words, as the customer reads it: "10 MB". */
    public String maxFileSizeInWords() {
        return FileSizes.inWords(maxFileSize.toBytes());
    }
}
