package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.FileDownload;
import org.charterdesk.complaints.attachments.FileOnCase;
import org.charterdesk.security.CurrentStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's files, for staff who may see the case (the case page links here). Each download is sent as an
 * attachment, never shown in the browser, with its type as read from its content and {@code nosniff}; it is
 * streamed, and recorded in the case's audit history.
 */
@RestController
@RequestMapping("/api/v1/complaints/{reference}/attachments")
@Tag(name = "Complaints")
class AttachmentsController {

    private final Attachments attachments;
    private final CurrentStaff staff;

    AttachmentsController(Attachments attachments, CurrentStaff staff) {
        this.attachments = attachments;
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "A case's files (staff)", security = @SecurityRequirement(name = "basic"))
    List<FileOnCase> list(@PathVariable String reference) {
        return attachments.of(reference, staff.require());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download one of a case's files (staff)", security = @SecurityRequirement(name = "basic"))
    void download(@PathVariable String reference, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        FileDownload file = attachments.download(reference, id, staff.require());
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        file.writer().accept(response.getOutputStream());
    }
}
