package org.charterdesk.workspace.steps;

import static org.charterdesk.validation.InputRules.stripToNull;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.StandardParagraphs;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.workspace.ui.FormErrors;

/** The outcome of a complaint and what the customer is told: response, apology and remedy, and the learning. */
class DecisionFields extends FormLayout {

    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    private final TextArea response = new TextArea("Response to the customer");
    private final TextArea apology = new TextArea("Apology");
    private final TextArea remedy = new TextArea("Remedy");
    private final TextArea learning = new TextArea("Learning for the service");

    DecisionFields(FormErrors errors, String prefix, List<StandardParagraphs.Paragraph> paragraphs) {
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::displayName);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("outcome");
        response.setRequiredIndicatorVisible(true);
        response.setHelperText("In plain English: what we found, what we decided and why.");
        response.setId("response");
        response.setMinHeight("8em");
        apology.setHelperText("Needed when upheld in whole or in part: what went wrong, that we are sorry, and what "
                + "we will put right.");
        apology.setId("apology");
        remedy.setHelperText("What we will do for the customer, if anything.");
        remedy.setId("remedy");
        learning.setHelperText("What the service will change; it can become an action in the service's plan.");
        learning.setId("learning");
        outcome.addValueChangeListener(e -> apology.setRequiredIndicatorVisible(
                e.getValue() != null && e.getValue().needsApology()));
        errors.bind(prefix + "outcome", outcome)
                .bind(prefix + "response", response)
                .bind(prefix + "apology", apology)
                .bind(prefix + "remedy", remedy)
                .bind(prefix + "learning", learning);
        add(outcome, response);
        if (!paragraphs.isEmpty()) {
            add(insert(paragraphs));
        }
        add(apology, remedy, learning);
        setColspan(outcome, 2);
        setColspan(response, 2);
    }

    /** The service's standard paragraphs: choosing one adds it to the end of the response, to adapt. */
    private ComboBox<StandardParagraphs.Paragraph> insert(List<StandardParagraphs.Paragraph> paragraphs) {
        ComboBox<StandardParagraphs.Paragraph> insert = new ComboBox<>("Add a standard paragraph to the response");
        insert.setItems(paragraphs);
        insert.setItemLabelGenerator(StandardParagraphs.Paragraph::title);
        insert.setId("insert-paragraph");
        insert.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String words = response.getValue().strip();
            response.setValue(
                    words.isEmpty()
                            ? e.getValue().text()
                            : words + "\n\n" + e.getValue().text());
            insert.clear();
            response.focus();
        });
        setColspan(insert, 2);
        return insert;
    }

    DecisionInput value() {
        return new DecisionInput(
                outcome.getValue(),
                response.getValue(),
                stripToNull(apology.getValue()),
                stripToNull(remedy.getValue()),
                stripToNull(learning.getValue()));
    }
}
