package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.scorecard.PastFigures;
import org.charterdesk.testsupport.Accessibility;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.2 AA, measured by axe-core in Chromium: every public page, its error states, and the main staff pages.
 * Any serious or critical violation fails the build; moderate and minor ones are printed as "[axe]" lines.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    ActionPlans plans;

    @Autowired
    PastFigures past;

    @AfterEach
    void forgetTheFigure() {
        jdbc.update("delete from measure_figure where period_start = date '2026-07-01'"
                + " and entered_by = 'admin' and comment = 'Accessibility check'");
    }

    @Test
    void thePublicPagesAndTheirErrorStates() {
        at(LocalDate.of(2026, 11, 2));
        // The public scorecard has a figure to show in its table.
        past.record(
                admin,
                "emergency-repairs-on-time",
                LocalDate.of(2026, 7, 1),
                new BigDecimal("97.5"),
                "Accessibility check");
        CaseFile tracked = webComplaint("housing", "sam.web@example.com");
        Page page = browser.newSession();
        page.navigate(browser.url("/complain"));
        assertThat(page.locator("#continue")).isVisible();
        Accessibility.check(page, "/complain");
        page.locator("#continue").click();
        assertThat(page.locator("#form-errors")).isVisible();
        Accessibility.check(page, "/complain with errors");
        page.locator("#service input").fill("Waste");
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#customer-name input").fill("Jo Public");
        page.locator("#customer-email input").fill("jo.public@example.com");
        page.locator("#what-happened textarea").fill("My bin was not emptied.");
        page.locator("#continue").click();
        assertThat(page.locator("#answers")).containsText("Jo Public");
        Accessibility.check(page, "/complain: check your answers");
        page.locator("#send").click();
        assertThat(page.locator("#received-reference")).isVisible();
        Accessibility.check(page, "/complain: sent");

        page.navigate(browser.url("/track"));
        assertThat(page.locator("#look-up")).isVisible();
        Accessibility.check(page, "/track");
        page.locator("#look-up").click();
        assertThat(page.locator("#form-errors")).isVisible();
        Accessibility.check(page, "/track with errors");
        page.locator("#reference input").fill(tracked.getReference());
        page.locator("#proof input").fill("sam.web@example.com");
        page.locator("#look-up").click();
        assertThat(page.locator("#tracked-case h2").first()).containsText(tracked.getReference());
        Accessibility.check(page, "/track showing a complaint");

        for (String path : new String[] {
            "/charter",
            "/accessibility",
            "/complaint",
            "/login",
            "/complain?lang=cy",
            "/charter?lang=cy",
            "/charter/performance",
            "/charter/performance?lang=cy"
        }) {
            page.navigate(browser.url(path));
            assertThat(page.locator("h1").first()).isVisible();
            Accessibility.check(page, path);
        }
        page.context().close();
    }

    @Test
    void theMainStaffPages() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = phoneComplaint("housing", null);
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "Repairs plan",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.SELF_ASSESSMENT));

        Page officer = browser.signIn("olivia", PASSWORD);
        assertThat(officer.locator("#task-grid")).isVisible();
        Accessibility.check(officer, "/tasks");
        startsWithOneMainHeading(officer);
        officer.navigate(browser.url("/cases/" + c.getReference()));
        assertThat(officer.locator("#case-title")).containsText(c.getReference());
        Accessibility.check(officer, "a case page");
        officer.navigate(browser.url("/steps/" + taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE)));
        assertThat(officer.locator("h1").first()).hasText("Respond at frontline");
        Accessibility.check(officer, "a step page");
        startsWithOneMainHeading(officer);
        officer.navigate(browser.url("/plans"));
        assertThat(officer.locator("#plans")).isVisible();
        Accessibility.check(officer, "/plans");
        officer.navigate(browser.url("/plans/" + plan.id()));
        assertThat(officer.locator("h1").first()).isVisible();
        Accessibility.check(officer, "a plan page");
        officer.context().close();

        Page manager = browser.signIn("max", PASSWORD);
        manager.navigate(browser.url("/approvals"));
        assertThat(manager.locator("#approvals-heading")).isVisible();
        Accessibility.check(manager, "/approvals");
        manager.navigate(browser.url("/reports"));
        assertThat(manager.locator("#trend-chart svg")).isVisible();
        Accessibility.check(manager, "/reports");
        startsWithOneMainHeading(manager);
        manager.navigate(browser.url("/scorecard"));
        assertThat(manager.locator("#scorecard-quarterly table")).isVisible();
        Accessibility.check(manager, "/scorecard");
        startsWithOneMainHeading(manager);
        manager.context().close();
    }

    /** A staff page has one main landmark, and one level-1 heading inside it, as the public pages do. */
    private static void startsWithOneMainHeading(Page page) {
        assertThat(page.locator("main")).hasCount(1);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main h1")).hasCount(1);
    }
}
