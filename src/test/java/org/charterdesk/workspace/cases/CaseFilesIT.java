package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.workspace.ui.FileAttacher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files on the screens: an officer adds evidence on a step's page and the case page lists it with its size and a
 * download link; a refused file is explained beside the field; the customer sends a file on the tracking page and
 * sees only their own files there.
 */
class CaseFilesIT extends ViewTestBase {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void anOfficerAddsEvidenceToAStepAndTheCasePageListsIt() throws IOException {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        FileAttacher attacher = _get(FileAttacher.class, spec -> spec.withId("staff-attachments"));
        attacher.accept("setup.exe", Files.write(dir.resolve("a"), Files.readAllBytes(Path.of("/bin/ls"))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("staff-attachments-error"))
                        .getText())
                .startsWith("setup.exe is not a file we can accept.");
        attacher.accept("contractor-report.pdf", Files.write(dir.resolve("b"), PDF));
        _click(_get(Button.class, spec -> spec.withId("add-files")));

        open(olivia, "cases/" + ref);
        Div files = _get(Div.class, spec -> spec.withId("case-files"));
        assertThat(files.getElement().getTextRecursively())
                .contains("1 file, 50 bytes in all")
                .contains("contractor-report.pdf (50 bytes)")
                .contains("from Olivia Grant")
                .contains("for Respond at frontline")
                .doesNotContain("setup.exe");
        Anchor link = _get(files, Anchor.class, spec -> spec.withText("contractor-report.pdf (50 bytes)"));
        assertThat(link.getHref()).matches("/api/v1/complaints/" + ref + "/attachments/\\d+");
    }

    @Test
    void theCustomerSendsAFileOnTheTrackingPageAndSeesOnlyTheirOwn() throws IOException {
        String email = "track.files@example.com";
        String ref = webComplaint("housing", email).getReference();
        open(olivia, "cases/" + ref);
        _get(FileAttacher.class, spec -> spec.withId("staff-attachments"))
                .accept("inspection.pdf", Files.write(dir.resolve("c"), PDF));
        _click(_get(Button.class, spec -> spec.withId("add-files")));

        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), ref);
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), email);
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Div.class, spec -> spec.withId("your-files"))
                        .getElement()
                        .getTextRecursively())
                .contains("You have not sent us any files.");

        _get(FileAttacher.class, spec -> spec.withId("track-attachments"))
                .accept("my-letter.pdf", Files.write(dir.resolve("d"), PDF));
        _click(_get(Button.class, spec -> spec.withId("send-files")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("files-sent")).getText())
                .isEqualTo("We have your files and have added them to your complaint.");
        Div yours = _get(Div.class, spec -> spec.withId("your-files"));
        assertThat(_find(yours, Anchor.class)).extracting(Anchor::getText).containsExactly("my-letter.pdf (50 bytes)");
        assertThat(yours.getElement().getTextRecursively()).doesNotContain("inspection.pdf");
    }
}
