package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.LetterWordings;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wording of letters and emails on screen: an administrator changes words and the next such email carries them;
 * unknown placeholders are refused before saving; a preview writes the whole letter for a real case and keeps
 * nothing; two administrators do not overwrite each other; nobody else may change them.
 */
class LetterWordingsIT extends ViewTestBase {

    static final String RECEIPT = "letter.receipt";

    @Autowired
    LetterWordings wordings;

    @Autowired
    OutboxSender sender;

    @AfterEach
    void putBackTheStandardWording() {
        putBackEverything(wordings, admin);
    }

    /** Puts back the standard wording of every key a test changed, so that no other test reads the council's own. */
    static void putBackEverything(LetterWordings wordings, StaffMember admin) {
        for (String key : wordings.keys()) {
            for (Language language : Language.values()) {
                LetterWordings.Words words = wordings.words(key, language, admin);
                if (words.councilsOwn()) {
                    wordings.putBack(key, language, words.revision(), admin);
                }
            }
        }
    }

    @Test
    void anAdministratorChangesTheWordsAndTheNextSuchEmailCarriesThem() {
        open(admin, "letters");
        choose(RECEIPT);
        assertThat(text("letter-standard"))
                .isEqualTo("Standard wording: Thank you for contacting us. Your reference is {0}. Please quote it if"
                        + " you get in touch about this.");
        assertThat(_get(TextArea.class, spec -> spec.withId("letter-words")).getHelperText())
                .startsWith("Placeholders you can use: {0}.");
        _get(TextArea.class, spec -> spec.withId("letter-words"))
                .setValue("Thanks for getting in touch. We've given it the reference {0}.");
        _click(_get(Button.class, spec -> spec.withId("save-letter-words")));
        assertThat(text("letter-history"))
                .contains("admin: Thanks for getting in touch. We've given it the reference {0}.");

        TestMailServer.purge();
        String ref = webComplaint("housing", "words@example.com").getReference();
        sender.sendDue();
        MimeMessage mail = TestMailServer.to("words@example.com").get(0);
        assertThat(TestMailServer.text(mail))
                .contains("Thanks for getting in touch. We've given it the reference " + ref + ".")
                .doesNotContain("Please quote it");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like ?",
                        Integer.class,
                        "Changed the wording of letter.receipt (en) from 'Thank you for contacting us.%"))
                .isPositive();
    }

    @Test
    void aLongChangeIsAuditedInFullWithTheWordsBeforeAndAfter() {
        String longWords = "We pass every compliment and comment to the {0} team and their manager. "
                .repeat(8)
                .strip();
        int revision = wordings.words("letter.thanked", Language.ENGLISH, admin).revision();
        wordings.save("letter.thanked", Language.ENGLISH, longWords, revision, admin);
        String what = jdbc.queryForObject(
                "select what from audit_entry where actor = 'admin' and what like 'Changed the wording of"
                        + " letter.thanked%' order by id desc limit 1",
                String.class);
        assertThat(what).endsWith(" to '" + longWords + "'").hasSizeGreaterThan(600);
    }

    @Test
    void aPlaceholderTheLetterDoesNotFillIsRefusedBeforeSaving() {
        open(admin, "letters");
        choose(RECEIPT);
        TextArea words = _get(TextArea.class, spec -> spec.withId("letter-words"));
        words.setValue("Your reference is {0}; we will answer by {1}.");
        _click(_get(Button.class, spec -> spec.withId("save-letter-words")));
        assertThat(words.getErrorMessage()).isEqualTo("{1} is not a placeholder of these words. You can use {0}.");
        words.setValue("Dear {name}, your reference is {0}.");
        _click(_get(Button.class, spec -> spec.withId("save-letter-words")));
        assertThat(words.getErrorMessage())
                .isEqualTo("A placeholder is written wrongly. You can use {0}. Do not use { or } otherwise.");
        assertThat(wordings.words(RECEIPT, Language.ENGLISH, admin).councilsOwn())
                .isFalse();
        assertThatThrownBy(() -> wordings.save(RECEIPT, Language.ENGLISH, "  ", 0, admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Write the words");
    }

    @Test
    void aPreviewWritesTheWholeLetterForARealCaseAndKeepsNothing() {
        String ref = phoneComplaint("housing", null).getReference();
        int outboxBefore = notificationsOf(ref).size();
        List<LetterPreviews.Letter> letters = wordings.preview(
                "letter.extension", Language.ENGLISH, "We're sorry: we need a little longer.", ref, admin);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).text()).contains("Dear Pat Jones,", "We're sorry: we need a little longer.");
        assertThat(letters.get(0).subject()).isEqualTo("We need more time on your complaint " + ref);
        assertThat(notificationsOf(ref)).hasSize(outboxBefore);
        assertThat(wordings.words("letter.extension", Language.ENGLISH, admin).councilsOwn())
                .isFalse();

        open(admin, "letters");
        choose("letter.extension");
        _get(TextField.class, spec -> spec.withId("letter-preview-case")).setValue(ref);
        _click(_get(Button.class, spec -> spec.withId("preview-letter")));
        assertThat(text("letter-preview")).contains("To: Pat Jones by email (pat.jones@example.com)");
        _get(TextField.class, spec -> spec.withId("letter-preview-case")).setValue("CMP-1999-000001");
        _click(_get(Button.class, spec -> spec.withId("preview-letter")));
        assertThat(_get(TextField.class, spec -> spec.withId("letter-preview-case"))
                        .getErrorMessage())
                .isEqualTo("There is no case with that reference");
    }

    @Test
    void theSurveyPagesWordsChangeTooAndThePublicPageShowsThem() {
        int opened = wordings.words("survey.heading", Language.ENGLISH, admin).revision();
        wordings.save("survey.heading", Language.ENGLISH, "Tell us how we did", opened, admin);
        open(null, "survey/made-up-token-that-matches-nothing");
        assertThat(_get(H1.class).getText()).isEqualTo("Tell us how we did");
        assertThatThrownBy(() -> wordings.preview("survey.heading", Language.ENGLISH, "Hello", "CMP-1", admin))
                .hasMessageContaining("These words are on the survey page, not in a letter");
    }

    @Test
    void twoAdministratorsDoNotOverwriteEachOtherAndOnlyAdministratorsChangeWords() {
        int opened = wordings.words(RECEIPT, Language.WELSH, admin).revision();
        wordings.save(RECEIPT, Language.WELSH, "Diolch. Eich cyfeirnod yw {0}.", opened, admin);
        assertThatThrownBy(() -> wordings.save(RECEIPT, Language.WELSH, "Diolch yn fawr: {0}.", opened, admin))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessage("Someone else changed these words since you opened them. They now read: 'Diolch. Eich"
                        + " cyfeirnod yw {0}.'. Make your change again to those words.");
        assertThat(wordings.words(RECEIPT, Language.ENGLISH, admin).councilsOwn())
                .as("the English words are their own")
                .isFalse();

        assertRefused(max, "letters", LetterWordingsView.class);
        assertThatThrownBy(() -> wordings.save(RECEIPT, Language.ENGLISH, "Hello {0}", 0, max))
                .isInstanceOf(CaseAccessDeniedException.class);
    }

    private static void choose(String key) {
        @SuppressWarnings("unchecked")
        ComboBox<LetterWordings.Choice> choice = _get(ComboBox.class, spec -> spec.withId("letter-key"));
        choice.setValue(choice.getListDataView()
                .getItems()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow());
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
