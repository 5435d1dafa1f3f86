package org.charterdesk.workspace.publicsite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The language switch in a real browser: the same page in Welsh, kept for the rest of the visit, and back. */
class WelshBrowserIT extends BrowserTestBase {

    @Test
    void theSwitchShowsTheSamePageInWelshForTheRestOfTheVisitAndBack() {
        Page page = browser.newSession();
        page.navigate(browser.url("/complain"));
        assertThat(page.locator("h1")).hasText("Make a complaint, compliment or comment");
        page.locator("#language-switch").click();

        assertThat(page).hasURL(browser.url("/complain?lang=cy"));
        assertThat(page.locator("h1")).hasText("Gwneud cwyn, rhoi canmoliaeth neu wneud sylw");
        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        assertThat(page).hasTitle("Gwneud cwyn, rhoi canmoliaeth neu wneud sylw - Cyngor Anytown");
        page.locator("#continue").click();
        assertThat(page.locator("#form-errors")).containsText("Rhowch eich enw");
        Browser.screenshot(page, "public-welsh-complaint-form-errors");

        // A new page in the same visit keeps the choice, with no "lang" in its address.
        page.navigate(browser.url("/track"));
        assertThat(page.locator("h1")).hasText("Gweld hynt eich cwyn");
        page.locator("#language-switch").click();
        assertThat(page.locator("h1")).hasText("Check on your complaint");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.context().close();
    }
}
