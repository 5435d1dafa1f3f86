package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.charterdesk.complaints.attachments.FileDownload;

/** A link that downloads a file made when it is clicked (a PDF or CSV report). */
public final class Downloads {

    private Downloads() {}

    public static Anchor link(String id, String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        anchor.setId(id);
        return anchor;
    }

    /**
     * A link that downloads a file kept on a case, streamed as it is read: saved, never shown in the browser, and
     * never guessed at by it ({@code nosniff}).
     */
    /** A link that writes its file as it goes, for exports too long to hold in memory. */
    public static Anchor streamed(
            String id, String text, String fileName, String contentType, Consumer<OutputStream> writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            writer.accept(event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        return anchor;
    }

    public static Anchor file(String text, Supplier<FileDownload> file) {
        DownloadHandler handler = event -> {
            FileDownload download = file.get();
            event.setFileName(download.fileName());
            event.setContentType(download.contentType());
            event.setContentLength(download.size());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            download.writer().accept(event.getOutputStream());
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }
}
