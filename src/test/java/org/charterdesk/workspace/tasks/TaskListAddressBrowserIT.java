package org.charterdesk.workspace.tasks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * An officer sorts the team's list by a column and filters it; the address keeps both, so that the same view
 * comes back from a bookmark or a link sent to a colleague.
 */
class TaskListAddressBrowserIT extends BrowserTestBase {

    @Test
    void aSortedFilteredListKeepsItsAddressAndComesBackFromIt() {
        at(LocalDate.of(2026, 11, 2));
        phoneComplaint("housing", null);
        Page olivia = browser.signIn("olivia", PASSWORD);
        olivia.locator("#tab-team").click();
        sorter(olivia, "Customer").click();
        assertThat(sorter(olivia, "Customer")).hasAttribute("direction", "asc");
        sorter(olivia, "Customer").click();
        assertThat(sorter(olivia, "Customer")).hasAttribute("direction", "desc");
        olivia.locator("#filter-status").click();
        olivia.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("On track"))
                .click();

        assertThat(olivia).hasURL(Pattern.compile(".*/tasks\\?.*status=on-track.*"));
        String address = olivia.url();
        assertThat(address).contains("list=team", "sort=customer", "dir=desc", "status=on-track");
        Browser.screenshot(olivia, "tasks-sorted-and-filtered");

        Page colleague = browser.signIn("harry", PASSWORD);
        colleague.navigate(address);
        assertThat(colleague.locator("#tab-team")).hasAttribute("selected", "");
        assertThat(sorter(colleague, "Customer")).hasAttribute("direction", "desc");
        assertThat(colleague.locator("#filter-status")).containsText("On track");
        olivia.context().close();
        colleague.context().close();
    }

    private static Locator sorter(Page page, String column) {
        return page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText(column));
    }
}
