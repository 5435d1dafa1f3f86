package org.charterdesk.workspace.scorecard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardSteps;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scorecard's golden path in Chromium: the quarter ends, Waste's officer takes "Enter this period's figures"
 * from the team's tasks and sends the figure, Waste's manager approves it from the approvals, the scorecard shows
 * the new cell with its status in words, and the committee's scorecard downloads as a PDF that has it.
 */
class ScorecardBrowserIT extends BrowserTestBase {

    private static final LocalDate END = LocalDate.of(2032, 9, 30);

    @Autowired
    ScorecardReturns returns;

    @AfterEach
    void forgetTheReturns() {
        forgetScorecard(END, END);
    }

    @Test
    void aServiceEntersItsFiguresTheManagerApprovesAndTheScorecardShowsThem() throws IOException {
        staff("wanda", "Wanda", "Boss", StaffGroups.managers("waste"));
        at(LocalDate.of(2032, 10, 1), LocalTime.of(6, 0));
        runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS);
        at(LocalDate.of(2032, 10, 5));
        String reference = "FIGURES-" + returns.find("waste", END).orElseThrow().id();

        Page wendy = browser.signIn("wendy", PASSWORD);
        wendy.locator("#tab-team").click();
        Browser.search(wendy, "#filter-search", reference);
        wendy.locator("#claim-" + reference + " >> visible=true").click();
        wendy.locator("#tab-mine").click();
        wendy.locator("#open-" + reference + " >> visible=true").click();
        assertThat(wendy.locator("h1").first()).hasText("Waste and Recycling figures for Jul to Sep 2032");
        wendy.locator("#figure-missed-bins-next-day input").fill("93.5");
        wendy.locator("#comment-missed-bins-next-day input").fill("Two rounds lost to flooding in August");
        Browser.screenshot(wendy, "scorecard-return");
        wendy.locator("#send-figures").click();
        assertThat(wendy.locator("#return-status")).containsText("Waiting for the manager's approval");
        wendy.context().close();

        Page wanda = browser.signIn("wanda", PASSWORD);
        wanda.navigate(browser.url("/approvals"));
        wanda.locator("#approval-" + reference + " #open-" + reference).click();
        assertThat(wanda.locator("#line-missed-bins-next-day")).containsText("93.5%");
        wanda.locator("#approve-figures").click();
        assertThat(wanda.locator("#return-status")).containsText("Approved");

        wanda.navigate(browser.url("/scorecard"));
        assertThat(wanda.locator("#measure-missed-bins-next-day")).containsText("93.5%");
        assertThat(wanda.locator("#measure-missed-bins-next-day .status-amber")).hasText("Close to target");
        Browser.screenshot(wanda, "scorecard");
        Download download =
                wanda.waitForDownload(() -> wanda.locator("#scorecard-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Our charter scorecard: April 2032 to March 2033")
                .contains("Share of missed bins collected by the next working day")
                .contains("93.5%", "Close to target");
    }
}
