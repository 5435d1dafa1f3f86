package org.charterdesk.workspace.tasks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** An officer works the list from the keyboard: moves to a row, claims it with C, opens it with O; "?" lists keys. */
class ListShortcutsBrowserIT extends BrowserTestBase {

    @Test
    void anOfficerClaimsAndOpensAStepFromTheKeyboard() {
        at(LocalDate.of(2026, 11, 2));
        String reference = phoneComplaint("housing", null).getReference();
        Page olivia = browser.signIn("olivia", PASSWORD);
        olivia.navigate(browser.url("/tasks?list=team&q=" + reference));
        Locator row =
                olivia.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Pat Jones"));
        assertThat(row).hasCount(1);
        row.click();

        olivia.keyboard().press("c");
        assertThat(olivia.locator("vaadin-notification-card")).containsText("You have claimed");
        String task = taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("olivia");

        olivia.locator("#tab-mine").click();
        olivia.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Pat Jones"))
                .first()
                .click();
        olivia.keyboard().press("?");
        assertThat(olivia.locator("vaadin-dialog-overlay")).containsText("Give the step back to the team");
        olivia.keyboard().press("Escape");
        olivia.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Pat Jones"))
                .first()
                .click();
        olivia.keyboard().press("o");
        olivia.waitForURL(url -> url.contains("/steps/" + task));
        olivia.context().close();
    }
}
