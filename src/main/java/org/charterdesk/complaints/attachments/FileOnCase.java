package org.charterdesk.complaints.attachments;

import java.time.Instant;

/** A file on a case as a page lists it: who added it and when, and to which step if to one. */
public record FileOnCase(
        long id,
        String fileName,
        String contentType,
        long size,
        String addedByName,
        boolean fromCustomer,
        Instant addedAt,
        String stepName,
        boolean removed) {

    public String sizeInWords() {
        return FileSizes.inWords(size);
    }
}
