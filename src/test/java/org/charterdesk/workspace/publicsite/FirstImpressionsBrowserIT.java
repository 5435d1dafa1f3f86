package org.charterdesk.workspace.publicsite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.charterdesk.testsupport.Browser;
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
        Browser.screenshot(page, "public-page-not-found");
    }

    @Test
    void publicPagesNameTheCouncilInTheirTitlesAndOfferASkipLink() {
        Page page = browser.newSession();
        page.navigate(browser.url("/complain"));
        assertThat(page).hasTitle("Make a complaint, compliment or comment - Anytown Council");
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).hasAttribute("href", "#content");
        assertThat(page.locator("main#content")).hasCount(1);
        page.navigate(browser.url("/track"));
        assertThat(page).hasTitle("Check on your complaint - Anytown Council");
        page.navigate(browser.url("/charter"));
        assertThat(page).hasTitle("Our customer charter - Anytown Council");
    }

    @Test
    void theSignInPageHasOneMainHeadingALandmarkAndALinkToTheComplaintForm() {
        Page page = browser.newSession();
        page.navigate(browser.url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("h1, [role=heading][aria-level='1']")).hasCount(1);
        assertThat(page.locator("[role=main], main")).hasCount(1);
        assertThat(page.locator("#to-complaint-form")).hasAttribute("href", "/complain");
    }

    /** Whether an element's text is cut short: what it holds is wider than what it shows. */
    private static boolean cutShort(Page page, String selector) {
        return (Boolean) page.evaluate(
                "s => { const e = document.querySelector(s); return e.scrollWidth > e.clientWidth + 1; }", selector);
    }

    @Test
    void labelsAndChosenServicesShowWholeOnADesktopAndAPhone() {
        for (int[] size : new int[][] {{1280, 800}, {360, 740}}) {
            Page page = browser.newSession();
            page.setViewportSize(size[0], size[1]);
            page.navigate(browser.url("/track"));
            assertThat(page.locator("#proof label")).isVisible();
            assertThat(cutShort(page, "#proof label"))
                    .as("track email label at " + size[0])
                    .isFalse();
            page.navigate(browser.url("/complain"));
            page.locator("#service input").fill("Waste");
            page.locator("vaadin-combo-box-item").first().click();
            assertThat(page.locator("#service input")).hasValue("Waste and Recycling");
            assertThat(cutShort(page, "#service input"))
                    .as("service at " + size[0])
                    .isFalse();
            page.context().close();
        }
    }
}
