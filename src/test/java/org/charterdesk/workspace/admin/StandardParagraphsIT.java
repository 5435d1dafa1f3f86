package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.StandardParagraphs;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Standard paragraphs: a service's manager writes them (checked, audited, guarded against two editors), its officers
 * insert them into a response, and nobody else edits them.
 */
class StandardParagraphsIT extends ViewTestBase {

    private static final String REPAIRS =
            "You can book a repair online at any time, or by calling 0300 123 4567 between" + " 8am and 6pm.";

    @Autowired
    StandardParagraphs paragraphs;

    @Test
    void aManagerWritesAParagraphAndAnOfficerInsertsItIntoAResponse() {
        open(max, "paragraphs");
        _click(_get(Button.class, spec -> spec.withId("save-paragraph")));
        assertThat(_get(TextField.class, spec -> spec.withId("paragraph-title")).getErrorMessage())
                .isEqualTo("Give the paragraph a short title");
        _get(TextField.class, spec -> spec.withId("paragraph-title")).setValue("How to book a repair");
        _get(TextArea.class, spec -> spec.withId("paragraph-text")).setValue(REPAIRS);
        _click(_get(Button.class, spec -> spec.withId("save-paragraph")));
        assertThat(_get(Div.class, spec -> spec.withId("paragraphs"))
                        .getElement()
                        .getTextRecursively())
                .contains("How to book a repair", REPAIRS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'max' and what like ?",
                        Integer.class,
                        "Added the standard paragraph 'How to book a repair' for Housing:%"))
                .isEqualTo(1);

        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        TextArea response = _get(TextArea.class, spec -> spec.withId("response"));
        response.setValue("We have booked your repair for Tuesday.");
        @SuppressWarnings("unchecked")
        ComboBox<StandardParagraphs.Paragraph> insert = _get(ComboBox.class, spec -> spec.withId("insert-paragraph"));
        insert.setValue(insert.getListDataView()
                .getItems()
                .filter(p -> p.title().equals("How to book a repair"))
                .findFirst()
                .orElseThrow());
        assertThat(response.getValue()).isEqualTo("We have booked your repair for Tuesday.\n\n" + REPAIRS);
    }

    @Test
    void onlyTheServicesManagersEditItsParagraphsAndTwoEditorsDoNotOverwriteEachOther() {
        assertRefused(olivia, "paragraphs", StandardParagraphsView.class);
        assertThatThrownBy(() -> paragraphs.save(null, "housing", "Bins", "Put your bin out by 7am.", null, wendy))
                .isInstanceOf(CaseAccessDeniedException.class);

        paragraphs.save(null, "housing", "Rent payments", "Pay your rent online.", null, max);
        StandardParagraphs.Paragraph saved = paragraphs.of("housing", max).stream()
                .filter(p -> p.title().equals("Rent payments"))
                .findFirst()
                .orElseThrow();
        paragraphs.save(
                saved.id(), "housing", "Rent payments", "Pay your rent online or by phone.", saved.version(), admin);
        assertThatThrownBy(() -> paragraphs.save(
                        saved.id(), "housing", "Rent payments", "Pay at the office.", saved.version(), max))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("It now reads: Pay your rent online or by phone.");
    }
}
