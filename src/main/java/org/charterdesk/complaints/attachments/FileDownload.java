package org.charterdesk.complaints.attachments;

import java.io.OutputStream;
import java.util.function.Consumer;

/** A file to send to someone allowed to have it: its name, type and size, and how to write its bytes. */
public record FileDownload(String fileName, String contentType, long size, Consumer<OutputStream> writer) {}
