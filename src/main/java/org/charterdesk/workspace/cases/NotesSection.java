package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.charterdesk.complaints.CaseNotes;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** A case's internal notes, newest first, and a box to add one. Staff only: the customer never sees them. */
class NotesSection extends Div {

    NotesSection(List<CaseNotes.Note> notes, Consumer<String> add) {
        FormErrors errors = new FormErrors();
        errors.setId("note-errors");
        TextArea text = new TextArea("Add an internal note");
        text.setId("note-text");
        text.setWidthFull();
        text.setHelperText("For staff only: a note is never shown to the customer or put in a letter or email.");
        errors.bind("text", text);
        Button save = new Button("Add note", e -> {
            if (errors.attempt(() -> add.accept(text.getValue()))) {
                text.clear();
            }
        });
        save.setId("add-note");
        UnorderedList list = new UnorderedList();
        list.setId("case-notes");
        if (notes.isEmpty()) {
            add(new Paragraph("No notes yet."));
        }
        for (CaseNotes.Note note : notes) {
            Span who = new Span(note.authorName() + ", " + Texts.time(note.writtenAt()));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(new ListItem(new Div(who), Texts.words(note.text())));
        }
        add(list, errors, text, save);
    }
}
