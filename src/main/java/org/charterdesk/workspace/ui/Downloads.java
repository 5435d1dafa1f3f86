package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

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
}
