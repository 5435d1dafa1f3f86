package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.charterdesk.complaints.attachments.AttachmentProperties;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.FileRefusedException;
import org.charterdesk.complaints.attachments.ReceivedFile;

/**
 * Files to send with a form: each is uploaded to a temporary file (never held in memory whole), checked at once (size,
 * type from its content, virus scan), and listed with a way to remove it; a refused file is explained beside the
 * field and nothing else on the form is lost. The form takes {@link #files()} when it is sent; the temporary files
 * are removed when the form leaves the screen.
 */
public class FileAttacher extends VerticalLayout {

    private final Attachments attachments;
    private final Upload upload;
    private final Button choose;
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();
    private final List<ReceivedFile> files = new ArrayList<>();

    public FileAttacher(Attachments attachments, String id) {
        this.attachments = attachments;
        AttachmentProperties limits = attachments.limits();
        setPadding(false);
        setSpacing(false);
        setId(id);
        Span label = new Span(getTranslation("attach.label"));
        label.addClassName("field-label");
        Span help =
                new Span(getTranslation("attach.help", String.valueOf(limits.maxFiles()), limits.maxFileSizeInWords()));
        help.addClassName("field-help");
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> accept(metadata.fileName(), file.toPath())));
        upload.setId(id + "-upload");
        choose = new Button(getTranslation("attach.add"));
        choose.setId(id + "-choose");
        upload.setUploadButton(choose);
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, limits.maxFileSize().toBytes()));
        upload.setI18n(wording());
        upload.getElement().setAttribute("aria-label", getTranslation("attach.label"));
        upload.addFileRejectedListener(e -> showError(e.getFileName() + ": " + e.getErrorMessage()));
        error.setId(id + "-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("field-error");
        error.setVisible(false);
        list.setId(id + "-files");
        add(label, help, error, upload, list);
    }

    private UploadI18N wording() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(getTranslation("attach.add")).setMany(getTranslation("attach.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("attach.drop"))
                .setMany(getTranslation("attach.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation(
                        "attach.refused.too_many",
                        String.valueOf(attachments.limits().maxFiles())))
                .setFileIsTooBig(getTranslation(
                        "attach.refused.too_large", "", "", attachments.limits().maxFileSizeInWords()))
                .setIncorrectFileType(getTranslation("attach.refused.wrong_type", "")));
        i18n.setUploading(new UploadI18N.Uploading());
        i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB")));
        return i18n;
    }

    /** A file has arrived in {@code path}: keep it for the form if it passes every check, or say why not. */
    public void accept(String fileName, Path path) {
        upload.clearFileList();
        try {
            attachments.checkCount(files.size() + 1);
            ReceivedFile file = attachments.receive(fileName, path);
            files.add(file);
            error.setVisible(false);
            showFiles();
        } catch (FileRefusedException refused) {
            delete(path);
            showError(reasonOf(this, refused));
        }
    }

    /** Why a file was refused, in the language of the page {@code on}. */
    static String reasonOf(Component on, FileRefusedException refused) {
        return on.getTranslation(
                "attach.refused." + refused.reason().name().toLowerCase(Locale.ROOT),
                refused.details().toArray());
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showFiles() {
        list.removeAll();
        for (ReceivedFile file : files) {
            Button remove = new Button(getTranslation("attach.remove", file.fileName()), e -> remove(file));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(
                    new Span(getTranslation("attach.file", file.fileName(), file.sizeInWords())), remove);
            row.setAlignItems(Alignment.BASELINE);
            row.addClassName("attached-file");
            list.add(row);
        }
    }

    private void remove(ReceivedFile file) {
        files.remove(file);
        delete(file.path());
        showFiles();
    }

    /** What "change" on the check-your-answers page brings the focus to. */
    public Component focusTarget() {
        return choose;
    }

    /** The files checked so far, in the order they arrived. */
    public List<ReceivedFile> files() {
        return List.copyOf(files);
    }

    /** The files' names, for "check your answers". */
    public String names() {
        return files.isEmpty()
                ? getTranslation("attach.none")
                : String.join(", ", files.stream().map(ReceivedFile::fileName).toList());
    }

    /** Forgets the files (after they are kept with the case) and removes their temporary copies. */
    public void clear() {
        files.forEach(f -> delete(f.path()));
        files.clear();
        showFiles();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        clear();
        super.onDetach(detachEvent);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
