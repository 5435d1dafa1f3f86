package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * The workspace and the public pages work under the content security policy: every main page is opened and used in
 * a real browser, and Chromium reports nothing the policy blocked.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @Test
    void everyMainPageWorksUnderThePolicy() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = phoneComplaint("housing", null);

        Page visitor = browser.newSession();
        visitor.navigate(browser.url("/complain"));
        assertThat(visitor.locator("#continue")).isVisible();
        visitor.locator("#what-happened textarea").fill("Testing the page.");
        visitor.locator("#continue").click();
        assertThat(visitor.locator("vaadin-text-field#customer-name")).hasAttribute("invalid", "");
        visitor.navigate(browser.url("/charter"));
        assertThat(visitor.locator("#corporate-standards")).isVisible();
        visitor.navigate(browser.url("/track"));
        assertThat(visitor.locator("h1")).isVisible();
        visitor.context().close();

        Page officer = browser.signIn("olivia", PASSWORD);
        assertThat(officer.locator("#task-grid")).isVisible();
        officer.navigate(browser.url("/cases/" + c.getReference()));
        assertThat(officer.locator("#case-title")).containsText(c.getReference());
        officer.navigate(browser.url("/cases"));
        assertThat(officer.locator("#case-grid")).isVisible();
        officer.navigate(browser.url("/plans"));
        assertThat(officer.locator("#plans")).isVisible();
        officer.context().close();

        Page manager = browser.signIn("max", PASSWORD);
        manager.navigate(browser.url("/approvals"));
        assertThat(manager.locator("#approvals-heading")).isVisible();
        manager.navigate(browser.url("/reports"));
        assertThat(manager.locator("#trend-chart svg")).isVisible();
        manager.context().close();

        assertThat(browser.contentSecurityViolations()).isEmpty();
    }
}
