package org.charterdesk.complaints.attachments;

import java.nio.file.Path;

/**
 * A file just uploaded and checked (size, type from its content, virus scan), waiting on disk to be kept with its
 * case. Whoever received it deletes {@code path} afterwards.
 */
public record ReceivedFile(String fileName, Path path, long size, String contentType) {

    public String sizeInWords() {
        return FileSizes.inWords(size);
    }
}
