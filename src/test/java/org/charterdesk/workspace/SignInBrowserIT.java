package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.time.LocalDate;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** In a real browser: staff sign in; an administrator goes on to Cockpit without signing in again. */
class SignInBrowserIT extends BrowserTestBase {

    private Page signIn(String user) {
        Page page = browser.newSession();
        page.navigate(browser.url("/"));
        assertThat(page).hasURL(browser.url("/login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(PASSWORD);
        Browser.screenshot(page, "sign-in");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }

    @Test
    void aMistypedPasswordIsPutRightAtOnceAndRepeatedOnesSayWhenToTryAgain() {
        at(LocalDate.of(2026, 11, 2), java.time.LocalTime.of(10, 0));
        Page page = browser.newSession();
        page.navigate(browser.url("/login"));
        tryPassword(page, "olivia", "olivia-typo");
        assertThat(page.locator("vaadin-login-form-wrapper")).containsText("Wrong username or password");
        tryPassword(page, "olivia", PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.getByText("Welcome, Olivia Grant")).isVisible();
        page.context().close();

        Page again = browser.newSession();
        again.navigate(browser.url("/login"));
        for (int i = 0; i < 4; i++) {
            tryPassword(again, "olivia", "guess" + i);
        }
        assertThat(again.locator("vaadin-login-form-wrapper")).containsText("You can try again at 10:00");
        Browser.screenshot(again, "sign-in-wait");
        again.context().close();
    }

    private static void tryPassword(Page page, String user, String password) {
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForLoadState();
    }

    @Test
    void anOfficerSignsInAndSeesTheirServicesOpenComplaints() {
        at(LocalDate.of(2026, 11, 2));
        phoneComplaint("housing", null);
        Page page = signIn("olivia");
        assertThat(page.getByText("Welcome, Olivia Grant")).isVisible();
        assertThat(page.locator("#roles")).containsText("Officer, Housing");
        assertThat(page.locator("#open-count")).containsText("open");
        assertThat(page.locator("#cockpit-link")).hasCount(0);
        Browser.screenshot(page, "home-officer");

        // A staff page the role does not allow: "You cannot open this" inside the workspace, with the menu.
        page.navigate(browser.url("/reports"));
        assertThat(page.locator("h1").first()).hasText("You cannot open this");
        assertThat(page.locator("#side-nav")).isVisible();
        assertThat(page.content()).doesNotContain("Available routes");
        Browser.screenshot(page, "staff-cannot-open-this");

        Response cockpit = page.navigate(browser.url("/camunda/app/cockpit/default/"));
        assertThat(cockpit.status()).isEqualTo(403);
        assertThat(page.locator("#not-allowed")).hasText("You cannot open this");
        assertThat(page.locator("#back-to-start")).hasAttribute("href", "/");
        assertThat(page.content()).doesNotContain("Whitelabel");
        Browser.screenshot(page, "cockpit-cannot-open-this");
        page.context().close();
    }

    @Test
    void anAdministratorOpensCockpitWithoutSigningInAgainAndSeesTheProcesses() {
        Page page = signIn("admin");
        assertThat(page.getByText("Welcome, Ada Admin")).isVisible();
        Browser.screenshot(page, "home-administrator");
        page.navigate(browser.url("/outbox"));
        assertThat(page.locator("#mail-state")).containsText("mail server");
        Browser.screenshot(page, "outbox");
        page.navigate(browser.url("/"));

        page.locator("#cockpit-link").click();
        page.waitForURL(url -> url.contains("/camunda/app/cockpit/default/"));
        assertThat(page.locator("body")).containsText("Processes");
        assertThat(page.locator("input[name=username]")).hasCount(0);
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("complaint")
                .latestVersion()
                .singleResult()
                .getId();
        page.setViewportSize(2400, 1500);
        page.navigate(browser.url("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime"));
        assertThat(page.locator("[data-element-id=RespondAtFrontline]").first()).isVisible();
        Browser.screenshot(page, "cockpit-complaint-process");
        assertThat(Files.exists(Browser.SCREENSHOTS.resolve("cockpit-complaint-process.png")))
                .isTrue();

        // The action-plan process is drawn too, with the plan in force and its quarterly and daily checks.
        String plans = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("action-plan")
                .latestVersion()
                .singleResult()
                .getId();
        page.navigate(browser.url("/camunda/app/cockpit/default/#/process-definition/" + plans + "/runtime"));
        assertThat(page.locator("[data-element-id=ReviewPlan]").first()).isVisible();
        assertThat(page.locator("[data-element-id=RecordQuarterlyProgress]").first())
                .isVisible();
        Browser.screenshot(page, "cockpit-action-plan-process");
        page.context().close();
    }
}
