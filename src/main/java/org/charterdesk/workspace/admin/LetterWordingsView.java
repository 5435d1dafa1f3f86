package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.LetterWordings;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.steps.LetterCheck;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The wording of every customer letter and email, for administrators: choose the words, change them (placeholders
 * checked), preview the whole letter for a real case, save, or put the standard wording back. Earlier wordings are
 * listed with who changed them and when.
 */
@Menu(order = 13, title = "Letters and emails", icon = "vaadin:envelope-open-o")
@Route(value = "letters", layout = MainLayout.class)
@PageTitle("Letters and emails | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class LetterWordingsView extends VerticalLayout {

    private final LetterWordings wordings;
    private final StaffMember member;
    private final ComboBox<LetterWordings.Choice> choice = new ComboBox<>("Which words");
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>("Language");
    private final Paragraph standard = new Paragraph();
    private final TextArea words = new TextArea("Words");
    private final TextField caseReference = new TextField("Case to preview with");
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private final Div preview = new Div();
    private final Div history = new Div();
    private int revision;

    public LetterWordingsView(LetterWordings wordings, CurrentStaff currentStaff) {
        this.wordings = wordings;
        this.member = currentStaff.require();
        List<LetterWordings.Choice> all = wordings.choices();
        setUpFields(all);
        Button save = new Button("Save the words", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-letter-words");
        Button putBack = new Button("Put back the standard wording", e -> putBack());
        putBack.setId("put-back-letter-words");
        Button show = new Button("Preview the letter", e -> preview());
        show.setId("preview-letter");
        setWidthFull();
        add(
                new H1("Letters and emails"),
                new Paragraph("Change the words of any letter or email the council sends to customers, and the"
                        + " questions of the satisfaction survey. Write in plain English: the customer reads these."
                        + " Placeholders such as {0} are filled in for each case."),
                choice,
                language,
                standard,
                errors,
                words,
                new HorizontalLayout(save, putBack),
                new H2("Preview"),
                new HorizontalLayout(caseReference, show),
                preview,
                new H2("Earlier wordings"),
                history);
        if (!all.isEmpty()) {
            choice.setValue(all.get(0));
        }
    }

    private void setUpFields(List<LetterWordings.Choice> all) {
        choice.setItems(all);
        choice.setItemLabelGenerator(
                c -> c.standard().length() > 90 ? c.standard().substring(0, 89) + "…" : c.standard());
        choice.setId("letter-key");
        choice.setWidthFull();
        choice.addValueChangeListener(e -> load());
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.ENGLISH ? "English" : "Welsh");
        language.setValue(Language.ENGLISH);
        language.setId("letter-language");
        language.addValueChangeListener(e -> load());
        standard.setId("letter-standard");
        words.setId("letter-words");
        words.setWidthFull();
        words.setMinHeight("8em");
        caseReference.setId("letter-preview-case");
        caseReference.setHelperText("The reference of any case, for example CMP-2026-000012.");
        errors.bind("words", words).bind("case", caseReference).bind("key", choice);
        preview.setId("letter-preview");
        history.setId("letter-history");
    }

    private void load() {
        errors.clear();
        preview.removeAll();
        history.removeAll();
        if (choice.getValue() == null || language.getValue() == null) {
            return;
        }
        LetterWordings.Words shown = wordings.words(choice.getValue().key(), language.getValue(), member);
        revision = shown.revision();
        standard.setText("Standard wording: " + shown.shipped());
        words.setValue(shown.current());
        words.setHelperText(
                shown.placeholders().isEmpty()
                        ? "These words have no placeholders."
                        : "Placeholders you can use: " + String.join(", ", shown.placeholders())
                                + ". Preview the letter to see what each is filled in with.");
        for (LetterWordings.Change change : wordings.history(shown.key(), shown.language(), member)) {
            history.add(
                    new Paragraph(Texts.time(change.changedAt()) + ", " + change.changedBy() + ": " + change.words()));
        }
        if (history.getChildren().findAny().isEmpty()) {
            history.add(new Paragraph("The standard wording has never been changed."));
        }
    }

    private void save() {
        if (choice.getValue() != null
                && errors.attempt(() -> wordings.save(
                        choice.getValue().key(), language.getValue(), words.getValue(), revision, member))) {
            Notification.show("Saved. The next letters use the new words.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        }
    }

    private void putBack() {
        if (choice.getValue() != null
                && errors.attempt(
                        () -> wordings.putBack(choice.getValue().key(), language.getValue(), revision, member))) {
            Notification.show("The standard wording is back.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        }
    }

    private void preview() {
        preview.removeAll();
        if (choice.getValue() == null) {
            return;
        }
        errors.attempt(() -> {
            List<LetterPreviews.Letter> letters = wordings.preview(
                    choice.getValue().key(), language.getValue(), words.getValue(), caseReference.getValue(), member);
            if (letters.isEmpty()) {
                preview.add(new Paragraph("This case's customer would not be sent this letter (for example, they"
                        + " gave no email address for a thank-you). Try another case."));
            }
            letters.stream().map(LetterCheck::letter).forEach(preview::add);
        });
    }
}
