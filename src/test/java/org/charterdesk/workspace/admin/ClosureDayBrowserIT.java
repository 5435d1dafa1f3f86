package org.charterdesk.workspace.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The closure days' golden path in Chromium: an administrator adds a closure day inside an open case's deadline, is
 * told one case would move, moves it, and sees the case's due date a working day later.
 */
class ClosureDayBrowserIT extends BrowserTestBase {

    /** Monday 2 April 2029 is Easter Monday; this week is clear of bank holidays and other tests' cases. */
    private static final LocalDate MONDAY = LocalDate.of(2029, 4, 16);

    @Autowired
    ClosureDays closureDays;

    @AfterEach
    void removeClosureDays() {
        ClosureDaysIT.removeClosureDaysOf(closureDays, MONDAY.getYear());
    }

    @Test
    void anAdministratorAddsAClosureDayMovesTheDeadlinesAndTheCaseShowsItsNewDueDate() {
        jdbc.update("update case_deadline set status = 'WITHDRAWN' where due_on >= ?", MONDAY.minusMonths(1));
        at(MONDAY);
        String ref = phoneComplaint("housing", null).getReference();
        LocalDate dueBefore = LocalDate.of(2029, 4, 23);
        LocalDate dueAfter = LocalDate.of(2029, 4, 24);

        Page admin = browser.signIn("admin", PASSWORD);
        admin.navigate(browser.url("/cases/" + ref));
        assertThat(admin.locator("#case-deadlines")).containsText(PlainDates.shortFormat(dueBefore));

        admin.navigate(browser.url("/closure-days"));
        admin.locator("#closure-day input").fill("18/04/2029");
        admin.locator("#closure-day input").press("Enter");
        admin.locator("#closure-description input").fill("Staff training day");
        admin.locator("#check-closure-day").click();
        assertThat(admin.locator("#closure-impact-words"))
                .hasText("1 open case has a deadline that this day falls inside. If you move them, each of those"
                        + " deadlines moves one working day later.");
        Browser.screenshot(admin, "closure-day-impact");
        admin.locator("#add-and-move").click();
        assertThat(admin.locator("#closure-days"))
                .containsText("Wednesday 18 April 2029: Closure day: Staff training day");

        admin.navigate(browser.url("/cases/" + ref));
        assertThat(admin.locator("#case-deadlines")).containsText(PlainDates.shortFormat(dueAfter));
        assertThat(admin.locator("body"))
                .containsText("because the council is closed on Wednesday 18 April 2029 (Staff training day)");
        Browser.screenshot(admin, "closure-day-case-moved");
        admin.context().close();
    }
}
