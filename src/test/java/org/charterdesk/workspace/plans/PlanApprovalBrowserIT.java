package org.charterdesk.workspace.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: the Housing manager sends a plan back with comments, then approves the revised plan. */
class PlanApprovalBrowserIT extends BrowserTestBase {

    @Autowired
    ActionPlans plans;

    @Test
    void aManagerSendsAPlanBackThenApprovesIt() {
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "Damp and mould plan",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.SELF_ASSESSMENT));
        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Survey every damp report within 10 working days",
                        "olivia",
                        LocalDate.of(2027, 2, 26),
                        "95% of reports surveyed in time"));
        plans.submit(olivia, plan.id());

        Page max = browser.signIn("max", PASSWORD);
        max.navigate(browser.url("/plans/" + plan.id()));
        assertThat(max.locator("#plan-status")).containsText("Waiting for approval");
        max.locator("#send-back-plan").click();
        assertThat(max.locator("#step-errors-ReviewPlan")).containsText("Say what must change");
        max.locator("#plan-comments textarea").fill("Add how tenants will be kept informed.");
        max.locator("#send-back-plan").click();
        assertThat(max.locator("#plan-status")).containsText("Sent back with comments");

        Page olivia = browser.signIn("olivia", PASSWORD);
        olivia.navigate(browser.url("/plans/" + plan.id()));
        assertThat(olivia.locator("#plan-history")).containsText("Add how tenants will be kept informed.");
        olivia.locator("#resubmit-plan").click();
        assertThat(olivia.locator("#plan-status")).containsText("Waiting for approval");

        max.navigate(browser.url("/plans/" + plan.id()));
        assertThat(max.locator("#approve-plan")).isVisible();
        Browser.screenshot(max, "plan-approval");
        max.locator("#approve-plan").click();
        assertThat(max.locator("#plan-status")).containsText("Approved and active");
        assertThat(max.locator("#plan-history")).containsText("The plan is approved and in force");
        Browser.screenshot(max, "plan-approved");
        max.context().close();
        olivia.context().close();
    }
}
