package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Two officers in two browsers press Claim on the same step at the same moment: exactly one gets it, and the other
 * is told who has it. Their lists then agree without a reload.
 */
class ClaimRaceBrowserIT extends BrowserTestBase {

    @Test
    void twoOfficersClaimTheSameStepAtOnceAndExactlyOneWins() {
        CaseFile c = phoneComplaint("housing", null);
        String reference = c.getReference();
        Page olivia = teamTasks("olivia", reference);
        Page harry = teamTasks("harry", reference);
        Locator oliviaClaim = olivia.locator("#claim-" + reference + " >> visible=true");
        Locator harryClaim = harry.locator("#claim-" + reference + " >> visible=true");
        assertThat(oliviaClaim).isVisible();
        assertThat(harryClaim).isVisible();

        // Both browsers press Claim at the same instant, timed inside each page: pressing one from the test and then
        // the other would let the first answer (and its push, which removes the row) arrive before the second press.
        long at = System.currentTimeMillis() + 2_000;
        pressAt(olivia, reference, at);
        pressAt(harry, reference, at);

        String assignee = null;
        for (int i = 0; i < 100 && assignee == null; i++) {
            assignee = taskService
                    .createTaskQuery()
                    .taskId(taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE))
                    .singleResult()
                    .getAssignee();
            olivia.waitForTimeout(100);
        }
        assertThat(assignee).isIn("olivia", "harry");
        // Both really pressed at once (the same clock: both pages run in one browser on this machine).
        double apart = ((Number) olivia.evaluate("window.pressedAt")).doubleValue()
                - ((Number) harry.evaluate("window.pressedAt")).doubleValue();
        assertThat(Math.abs(apart)).isLessThan(100);
        Page winner = "olivia".equals(assignee) ? olivia : harry;
        Page loser = winner == olivia ? harry : olivia;
        String winnerName = winner == olivia ? "Olivia Grant" : "Harry Stone";

        assertThat(winner.locator("vaadin-notification-card")).containsText("You have claimed 'Respond at frontline'");
        // The loser's click still reaches the right step (buttons are bound to the row's item, not to the drawn
        // row), so they are told who has it, and the step leaves their team list.
        assertThat(loser.locator("#form-errors"))
                .containsText(winnerName + " has already taken 'Respond at frontline'");
        assertThat(loser.locator("#claim-" + reference + " >> visible=true")).hasCount(0);
        Browser.screenshot(loser, "claim-race-loser");
        Browser.screenshot(winner, "claim-race-winner");
        assertThat(timeline(reference).stream()
                        .filter(e -> e == org.charterdesk.complaints.EventType.TASK_CLAIMED)
                        .count())
                .isEqualTo(1);
        olivia.context().close();
        harry.context().close();
    }

    private static void pressAt(Page page, String reference, long epochMillis) {
        page.evaluate("""
                ([id, at]) => {
                    const button = [...document.querySelectorAll('[id="' + id + '"]')].find(b => b.checkVisibility());
                    if (!button) throw new Error('No visible ' + id);
                    setTimeout(() => { window.pressedAt = Date.now(); button.click(); }, Math.max(0, at - Date.now()));
                }""", List.of("claim-" + reference, (double) epochMillis));
    }

    private static Page teamTasks(String user, String reference) {
        Page page = browser.signIn(user, PASSWORD);
        page.locator("#tab-team").click();
        Browser.search(page, "#filter-search", reference);
        return page;
    }
}
