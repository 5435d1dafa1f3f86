package org.charterdesk.complaints.attachments;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where attachments' bytes are kept, each under a key of its own. The database is the default, so that the embedded
 * set-up needs nothing else; a council may keep them in a directory instead ({@code charterdesk.attachments.store}),
 * or add a store of its own (S3-compatible storage, say) by implementing this.
 */
public interface AttachmentStore {

    /** Keeps the file's bytes under {@code key}, streamed from disk. Joins the caller's transaction if it can. */
    void put(String key, Path file, long size);

    /** Writes the bytes kept under {@code key} to {@code out}. */
    void copyTo(String key, OutputStream out);

    /** Removes the bytes kept under {@code key}, if any. */
    void remove(String key);
}
