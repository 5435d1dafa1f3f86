package org.charterdesk.complaints.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.CaseAnonymisation;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CaseTracking;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.testsupport.ClamdStub;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files on cases, on PostgreSQL with the clamd stand-in scanning each one: what the customer sends with the form and
 * through the tracking page, what staff add, who may download them and how they are sent, and the files refused (a
 * program renamed as a photo, one over the size limit, one too many, an infected one, one while the scanner is down).
 */
class AttachmentsIT extends IntegrationTestBase {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    Attachments attachments;

    @Autowired
    CaseTracking tracking;

    @Autowired
    CaseAnonymisation anonymisation;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPhotoSentWithTheFormIsKeptWithTheCaseAndOnlyStaffOfItsServiceMayDownloadIt() throws Exception {
        int scannedBefore = ClamdStub.scanned();
        ReceivedFile photo = attachments.receive("C:\\Users\\pat\\Pictures\\damp.png", file("upload-1", PNG));
        assertThat(photo.fileName()).isEqualTo("damp.png");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(ClamdStub.scanned()).isEqualTo(scannedBefore + 1);

        String ref = fromTheForm("pat.jones@example.com", List.of(photo)).reference();
        FileOnCase kept = attachments.of(ref, olivia).get(0);
        assertThat(kept.fileName()).isEqualTo("damp.png");
        assertThat(kept.fromCustomer()).isTrue();
        assertThat(String.join("\n", timelineText(ref))).contains("The customer attached damp.png (14 bytes)");

        HttpResponse<byte[]> download = get(ref, kept.id(), "olivia");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains("damp.png"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'olivia' and action = ? and case_reference = ?",
                        Integer.class,
                        AuditAction.DOWNLOADED.name(),
                        ref))
                .isEqualTo(1);

        assertThat(get(ref, kept.id(), "wendy").statusCode())
                .as("an officer of another service")
                .isEqualTo(403);
        assertThatThrownBy(() -> attachments.download(ref, kept.id(), wendy))
                .isInstanceOf(CaseAccessDeniedException.class);
        assertThat(get(ref, kept.id(), null).statusCode())
                .as("nobody signed in")
                .isEqualTo(401);
    }

    @Test
    void aProgramRenamedAsAPhotoIsRefusedFromItsContent() throws Exception {
        byte[] program = Files.readAllBytes(Path.of("/bin/ls"));
        assertThatThrownBy(() -> attachments.receive("holiday.jpg", file("upload-2", program)))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.WRONG_TYPE);
                    assertThat(e.getMessage()).startsWith("holiday.jpg is not a file we can accept.");
                });
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> attachments.receive("report.docx", file("upload-3", zip)))
                .as("a zip archive named as a Word document")
                .isInstanceOf(FileRefusedException.class);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimitInWords() {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile out = new RandomAccessFile(big.toFile(), "rw")) {
            out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            out.setLength(10L * 1024 * 1024 + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> attachments.receive("survey.pdf", big))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("survey.pdf is 10.0 MB. Each file must be 10 MB or smaller.");
                });
    }

    @Test
    void moreFilesThanTheLimitAreRefusedAndNoCaseIsOpened() {
        List<ReceivedFile> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(attachments.receive("photo-" + i + ".png", file("many-" + i, PNG)));
        }
        long casesBefore = cases.count();
        assertThatThrownBy(() -> fromTheForm("many@example.com", eleven))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("You can attach up to 10 files at a time."));
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void anInfectedFileIsRefusedByTheScannerAndSoIsAnyFileWhileTheScannerIsDown() {
        byte[] infected = ("%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$" + ClamdStub.EICAR + "!$H+H*\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> attachments.receive("letter.pdf", file("upload-4", infected)))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.INFECTED);
                    assertThat(e.getMessage())
                            .isEqualTo("letter.pdf contains a virus, so we have not kept it. Nothing else you entered"
                                    + " is lost.");
                });

        ClamdStub.down();
        try {
            assertThatThrownBy(() -> attachments.receive("clean.png", file("upload-5", PNG)))
                    .isInstanceOfSatisfying(
                            FileRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.NOT_SCANNED));
        } finally {
            ClamdStub.up();
        }
        assertThat(attachments.receive("clean.png", file("upload-6", PNG)).contentType())
                .isEqualTo("image/png");
    }

    @Test
    void theCustomerSendsMoreFilesOnTrackAndSeesOnlyTheFilesTheySent() {
        String email = "sam.files@example.com";
        String ref = fromTheForm(email, List.of()).reference();
        attachments.addByStaff(
                ref,
                "Respond at frontline",
                List.of(attachments.receive("site-visit.png", file("staff-1", PNG))),
                olivia);

        var tracked = tracking.attach(
                ref, email, List.of(attachments.receive("letter.pdf", file("customer-1", pdf()))), "203.0.113.9");
        assertThat(tracked.files()).extracting(FileOnCase::fileName).containsExactly("letter.pdf");
        assertThat(tracked.mayAttach()).isTrue();
        FileOnCase letter = tracked.files().get(0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        tracking.download(ref, email, letter.id(), "203.0.113.9").writer().accept(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(pdf());

        long staffFile = attachments.of(ref, olivia).stream()
                .filter(f -> !f.fromCustomer())
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> tracking.download(ref, email, staffFile, "203.0.113.9"))
                .as("a file staff added is not the customer's to download")
                .isInstanceOf(org.charterdesk.complaints.CaseNotFoundException.class);
        assertThat(attachments.of(ref, olivia))
                .extracting(FileOnCase::fileName, FileOnCase::stepName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("site-visit.png", "Respond at frontline"),
                        org.assertj.core.groups.Tuple.tuple("letter.pdf", null));
        assertThat(String.join("\n", timelineText(ref)))
                .contains("Olivia Grant attached site-visit.png (14 bytes) to Respond at frontline")
                .contains("The customer attached letter.pdf");
    }

    @Test
    void aClosedCaseTakesNoMoreFilesAndAnonymisingItRemovesThem() {
        String email = "closed.files@example.com";
        String ref = fromTheForm(email, List.of(attachments.receive("damp.png", file("closing-1", PNG))))
                .reference();
        jdbc.update(
                "update case_file set status = ?, closed_at = now() where reference = ?",
                CaseStatus.CLOSED.name(),
                ref);
        assertThatThrownBy(() -> tracking.attach(
                        ref, email, List.of(attachments.receive("more.png", file("closing-2", PNG))), "203.0.113.9"))
                .isInstanceOf(ProcedureConflictException.class);

        assertThat(anonymisation.anonymise(ref, "admin", AuditAction.ERASED, "Asked to erase"))
                .isTrue();
        assertThat(attachments.of(ref, admin)).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo(CaseAnonymisation.REMOVED);
            assertThat(f.removed()).isTrue();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from attachment_content c join attachment a on a.storage_key = c.storage_key"
                                + " join case_file f on f.id = a.case_id where f.reference = ?",
                        Integer.class,
                        ref))
                .isZero();
    }

    private ComplaintIntake.Receipt fromTheForm(String email, List<ReceivedFile> files) {
        return intake.log(
                new NewCase(
                        CaseKind.COMPLAINT,
                        null,
                        "housing",
                        customer("Sam Files", email),
                        "Damp in the bedroom since March.",
                        null,
                        null,
                        null),
                Optional.empty(),
                Language.ENGLISH,
                files);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> get(String ref, long id, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/complaints/" + ref + "/attachments/" + id));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
