package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.FileOnCase;
import org.charterdesk.complaints.attachments.FileSizes;
import org.charterdesk.security.StaffMember;

/**
 * A case's files for staff, oldest first: each with who added it, when, to which step, and a link to download it;
 * then a way to add more, to the case or (on a step's page) to that step as evidence.
 */
public class CaseFilesSection extends Div {

    private final Attachments attachments;
    private final String reference;
    private final String stepName;
    private final StaffMember member;
    private final Div list = new Div();

    public CaseFilesSection(Attachments attachments, String reference, String stepName, StaffMember member) {
        this.attachments = attachments;
        this.reference = reference;
        this.stepName = stepName;
        this.member = member;
        setId("case-files");
        FormErrors errors = new FormErrors();
        errors.setId("case-files-errors");
        FileAttacher more = new FileAttacher(attachments, "staff-attachments");
        Button add = new Button(stepName == null ? "Add the files to the case" : "Add the files to this step", e -> {
            int count = more.files().size();
            if (errors.attempt(() -> attachments.addByStaff(reference, stepName, more.files(), member))) {
                more.clear();
                showFiles();
                Notification.show("Added " + count + (count == 1 ? " file to " : " files to ") + reference)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        add.setId("add-files");
        showFiles();
        add(list, errors, more, add);
    }

    private void showFiles() {
        list.removeAll();
        List<FileOnCase> files = attachments.of(reference, member);
        if (files.isEmpty()) {
            list.add(new Paragraph("No files yet."));
            return;
        }
        long total = files.stream()
                .filter(f -> !f.removed())
                .mapToLong(FileOnCase::size)
                .sum();
        Paragraph size = new Paragraph(
                files.size() + (files.size() == 1 ? " file, " : " files, ") + FileSizes.inWords(total) + " in all");
        size.setId("case-files-size");
        UnorderedList items = new UnorderedList();
        items.setId("case-files-list");
        for (FileOnCase file : files) {
            Span who = new Span(" from " + file.addedByName() + ", " + Texts.time(file.addedAt())
                    + (file.stepName() == null ? "" : ", for " + file.stepName()));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)");
            if (file.removed()) {
                items.add(new ListItem(new Span(file.fileName()), who));
                continue;
            }
            Anchor link = new Anchor(
                    "/api/v1/complaints/" + reference + "/attachments/" + file.id(),
                    file.fileName() + " (" + file.sizeInWords() + ")");
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            items.add(new ListItem(link, who));
        }
        list.add(size, items);
    }
}
