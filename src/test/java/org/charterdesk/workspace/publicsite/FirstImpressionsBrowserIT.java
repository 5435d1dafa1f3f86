package org.charterdesk.workspace.publicsite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * What a new user sees first is the product: no Vaadin development tools or Copilot button on the public pages or
 * the sign-in page, even when run as the README's first command runs it (development mode).
 */
class FirstImpressionsBrowserIT extends BrowserTestBase {

    @Test
    void noDevelopmentToolsOnThePublicPagesOrTheSignInPage() {
        Page page = browser.newSession();
        for (String path : List.of("/complain", "/track", "/charter", "/login")) {
            page.navigate(browser.url(path));
            assertThat(page.locator("h1").first()).isVisible();
            page.waitForTimeout(1000);
            Object tools = page.evaluate(
                    "() => document.querySelectorAll('vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo').length");
            assertThat(((Number) tools).intValue())
                    .as("development tools on " + path)
                    .isZero();
        }
    }

    @Test
    void aMistypedPublicAddressIsPageNotFoundNotStaffSignIn() {
        Page page = browser.newSession();
        page.navigate(browser.url("/complaint"));
        assertThat(page.locator("#page-not-found")).hasText("Page not found");
        assertThat(page.getByText("make a complaint, compliment or comment")).isVisible();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        assertThat(page.content()).doesNotContain("Available routes", "tasks");
        assertThat(page.url()).endsWith("/complaint");
    }
}
