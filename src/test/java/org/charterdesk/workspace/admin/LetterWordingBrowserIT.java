package org.charterdesk.workspace.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.charterdesk.complaints.LetterWordings;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The letters' golden path in Chromium: an administrator finds the receipt's words, previews them for a real case,
 * saves them, and the next receipt email carries the new wording.
 */
class LetterWordingBrowserIT extends BrowserTestBase {

    @Autowired
    LetterWordings wordings;

    @Autowired
    OutboxSender sender;

    @AfterEach
    void putBackTheStandardWording() {
        LetterWordingsIT.putBackEverything(wordings, admin);
    }

    @Test
    void anAdministratorEditsALetterAndTheNextSuchEmailCarriesTheNewWording() {
        String earlier = phoneComplaint("housing", null).getReference();
        Page page = browser.signIn("admin", PASSWORD);
        page.navigate(browser.url("/letters"));
        page.locator("#letter-key input").fill("Thank you for contacting us. Your reference");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Thank you for contacting us. Your reference"))
                .first()
                .click();
        assertThat(page.locator("#letter-standard"))
                .hasText("Standard wording: Thank you for contacting us. Your reference is {0}. Please quote it if you"
                        + " get in touch about this.");
        page.locator("#letter-words textarea").fill("Thanks for getting in touch. Your case number is {0}.");
        page.locator("#letter-preview-case input").fill(earlier);
        page.locator("#preview-letter").click();
        assertThat(page.locator("#letter-preview"))
                .containsText("Thanks for getting in touch. Your case number is " + earlier + ".");
        Browser.screenshot(page, "letter-wording-preview");
        page.locator("#save-letter-words").click();
        assertThat(page.locator("#letter-history"))
                .containsText("admin: Thanks for getting in touch. Your case number is {0}.");
        page.context().close();

        TestMailServer.purge();
        String ref = webComplaint("housing", "next@example.com").getReference();
        sender.sendDue();
        MimeMessage mail = TestMailServer.to("next@example.com").get(0);
        assertThat(TestMailServer.text(mail))
                .contains("Thanks for getting in touch. Your case number is " + ref + ".")
                .doesNotContain("Please quote it");
    }
}
