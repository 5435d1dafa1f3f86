package org.charterdesk.workspace.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** A manager opens the reports, checks a figure against the list of cases behind it, and downloads the PDF pack. */
class ReportsBrowserIT extends BrowserTestBase {

    @Test
    void aManagerChecksAFigureAgainstItsCasesAndDownloadsTheCommitteePack() throws IOException {
        String reference = phoneComplaint("housing", null).getReference();
        Page max = browser.signIn("max", PASSWORD);
        max.navigate(browser.url("/reports"));
        assertThat(max.locator("#trend-chart svg")).isVisible();
        Browser.screenshot(max, "reports-dashboard");

        max.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Complaints received"))
                .first()
                .click();
        assertThat(max.locator("#figure-case-list")).isVisible();
        String header = max.locator("vaadin-dialog-overlay h2").first().textContent();
        int value =
                Integer.parseInt(header.substring(header.lastIndexOf(": ") + 2).strip());
        assertThat(value).isPositive();
        assertThat(max.locator(".figure-case")).hasCount(Math.min(value, CasesDialog.PAGE));
        Locator listed = max.locator(".figure-case").filter(new Locator.FilterOptions().setHasText(reference));
        while (listed.count() == 0 && max.locator("#figure-cases-next").isEnabled()) {
            max.locator("#figure-cases-next").click();
        }
        assertThat(listed).hasCount(1);
        Browser.screenshot(max, "reports-figure-cases");
        max.keyboard().press("Escape");

        Download pdf = max.waitForDownload(
                () -> max.locator("#download-committee-pack-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).startsWith("committee-pack-").endsWith(".pdf");
        Download csv = max.waitForDownload(
                () -> max.locator("#download-committee-pack-csv").click());
        assertThat(Files.readString(csv.path())).contains("Housing,Received,Complaints received");
        max.context().close();
    }
}
