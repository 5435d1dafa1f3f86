package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.Stage;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * The golden path in a real browser: customer services log a phone complaint, the officer asks the customer for
 * a photo, the customer answers with one on the tracking page, the officer answers the complaint at the frontline
 * with an apology (reading the email before it goes), the customer asks for stage 2 on the tracking page, the manager approves it, the
 * officer acknowledges and investigates, and the manager signs off the final response. Screenshots of each main
 * screen go to target/screenshots.
 */
class GoldenPathBrowserIT extends BrowserTestBase {

    @Test
    void aPhoneComplaintGoesFromLoggingToTheSignedOffFinalResponse() {
        String reference = franLogsAPhoneComplaint();

        Page olivia = browser.signIn("olivia", PASSWORD);
        claimFromTeamTasks(olivia, reference, "team-tasks");
        olivia.locator("#open-" + reference + " >> visible=true").click();
        assertThat(olivia.locator("h1").first()).hasText("Respond at frontline");
        oliviaAsksForAPhoto(olivia, reference);
        customerAnswersWithAPhoto(reference);

        // The step is back in her list, marked, with the answer on its page.
        olivia.navigate(browser.url("/tasks"));
        assertThat(olivia.locator("#task-grid")).containsText("The customer has answered");
        olivia.locator("#open-" + reference + " >> visible=true").click();
        assertThat(olivia.locator("#customer-questions")).containsText("The display says F28.");
        assertThat(olivia.locator("#case-files")).containsText("boiler.jpg");
        olivia.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Upheld").setExact(true))
                .check();
        olivia.locator("#response textarea").fill("We should have repaired your boiler on the day we booked.");
        olivia.locator("#apology textarea").fill("We are sorry we missed the repair. We will fix it this week.");
        olivia.locator("#learning textarea").fill("Confirm repair bookings the day before.");
        Browser.screenshot(olivia, "step-frontline-response");
        olivia.locator("#complete-step").click();
        // She reads the exact email before it goes, then sends it.
        assertThat(olivia.locator("#letter-preview")).containsText("We are sorry we missed the repair.");
        assertThat(olivia.locator("#letter-preview")).containsText("To: Pat Golden by email (pat.golden@example.com)");
        Browser.screenshot(olivia, "step-letter-preview");
        olivia.locator("#confirm-send").click();
        olivia.waitForURL(url -> url.endsWith("/cases/" + reference));
        assertThat(olivia.locator("#case-status")).hasText("Closed");

        customerAsksForStage2(reference);

        Page max = browser.signIn("max", PASSWORD);
        max.navigate(browser.url("/approvals"));
        Locator request = max.locator("#approval-" + reference);
        assertThat(request).containsText("The boiler is still broken");
        assertThat(request).containsText("Due now:");
        Browser.screenshot(max, "approvals");
        request.locator("#approve-" + reference).click();
        max.locator("#confirm-send").click();
        assertThat(max.locator("#approval-" + reference + " >> visible=true")).hasCount(0);
        assertThat(reload(reference).getStage()).isEqualTo(Stage.STAGE_2);

        // Olivia answered stage 1: the charter promises someone new at stage 2, so Harry investigates, with the
        // customer's reasons and the stage 1 decision on screen.
        Page harry = browser.signIn("harry", PASSWORD);
        harry.navigate(browser.url("/tasks"));
        claimFromTeamTasks(harry, reference, null);
        harry.locator("#open-" + reference + " >> visible=true").click();
        assertThat(harry.locator("#stage-two-context")).containsText("The boiler is still broken");
        assertThat(harry.locator("#stage-two-context")).containsText("Olivia Grant");
        harry.locator("#point-1 textarea").fill("The boiler repair was missed.");
        harry.locator("#complete-step").click();
        harry.locator("#confirm-send").click();
        harry.waitForURL(url -> url.endsWith("/cases/" + reference));

        harry.navigate(browser.url("/tasks"));
        claimFromTeamTasks(harry, reference, null);
        harry.locator("#open-" + reference + " >> visible=true").click();
        assertThat(harry.locator("h1").first()).hasText("Investigate and draft the final response");
        harry.locator("#finding-1 textarea").fill("The booking was lost when the contractor changed.");
        harry.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Upheld").setExact(true))
                .check();
        harry.locator("#response textarea").fill("We found your booking was lost. The boiler was fixed on Friday.");
        harry.locator("#apology textarea").fill("We are sorry for the wait and the cold days it caused.");
        harry.locator("#remedy textarea").fill("A payment of 50 pounds for the inconvenience.");
        Browser.screenshot(harry, "step-investigation");
        harry.locator("#complete-step").click();
        harry.waitForURL(url -> url.endsWith("/cases/" + reference));

        max.navigate(browser.url("/approvals"));
        Locator signOff = max.locator("#approval-" + reference);
        assertThat(signOff).containsText("Sign off the final response");
        assertThat(signOff).containsText("A payment of 50 pounds");
        Browser.screenshot(max, "approvals-sign-off");
        signOff.locator("#approve-" + reference).click();
        assertThat(max.locator("#letter-preview")).containsText("A payment of 50 pounds");
        max.locator("#confirm-send").click();
        assertThat(max.locator("#approval-" + reference + " >> visible=true")).hasCount(0);

        max.navigate(browser.url("/cases/" + reference));
        assertThat(max.locator("#case-status")).hasText("Closed");
        assertThat(max.locator("#case-timeline")).containsText("signed off the final response");
        assertThat(max.locator("#case-timeline")).containsText("The customer asked for stage 2");
        Browser.screenshot(max, "case-closed-with-timeline");
        max.setViewportSize(820, 1180);
        max.navigate(browser.url("/tasks"));
        assertThat(max.locator("#task-grid")).isVisible();
        Browser.screenshot(max, "tasks-on-a-tablet");

        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(reload(reference).getClosedAtStage()).isEqualTo(Stage.STAGE_2);
        assertThat(timeline(reference))
                .contains(
                        EventType.RECEIVED,
                        EventType.TASK_CLAIMED,
                        EventType.DECISION_SENT,
                        EventType.ESCALATION_REQUESTED,
                        EventType.ESCALATION_APPROVED,
                        EventType.POINTS_AGREED,
                        EventType.RESPONSE_SIGNED_OFF,
                        EventType.CLOSED);
        olivia.context().close();
        harry.context().close();
        max.context().close();
    }

    private String franLogsAPhoneComplaint() {
        Page fran = browser.signIn("fran", PASSWORD);
        fran.navigate(browser.url("/cases/new"));
        fran.locator("#service input").fill("Housing");
        fran.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Housing").setExact(true))
                .click();
        fran.locator("#customer-name input").fill("Pat Golden");
        fran.locator("#customer-email input").fill("pat.golden@example.com");
        fran.locator("#customer-phone input").fill("01632 960123");
        fran.locator("#what-happened textarea").fill("The boiler repair booked for last week did not happen.");
        fran.locator("#outcome-sought textarea").fill("Repair the boiler.");
        fran.locator("#matter-type").click();
        fran.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("A complaint").setExact(true))
                .click();
        Browser.screenshot(fran, "log-a-contact");
        fran.locator("#log-it").click();
        fran.waitForURL(url -> url.contains("/cases/CMP-"));
        String title = fran.locator("#case-title").textContent();
        String reference = title.substring(title.indexOf("CMP-"));
        assertThat(fran.locator("#case-customer")).containsText("Pat Golden");
        Browser.screenshot(fran, "case-page-new");
        fran.context().close();
        return reference;
    }

    private static void claimFromTeamTasks(Page page, String reference, String screenshot) {
        page.locator("#tab-team").click();
        Browser.search(page, "#filter-search", reference);
        // The grid recycles its row elements, so a hidden copy of a button may linger: use the visible one.
        Locator claim = page.locator("#claim-" + reference + " >> visible=true");
        assertThat(claim).isVisible();
        if (screenshot != null) {
            Browser.screenshot(page, screenshot);
        }
        claim.click();
        assertThat(claim).hasCount(0);
        page.locator("#tab-mine").click();
        assertThat(page.locator("#open-" + reference + " >> visible=true")).isVisible();
    }

    private static void oliviaAsksForAPhoto(Page olivia, String reference) {
        olivia.locator("#ask-the-customer").click();
        olivia.locator("#question textarea").fill("Please send a photo of the boiler's display, and tell us its code.");
        olivia.locator("#ask-customer").click();
        assertThat(olivia.locator("#letter-preview")).containsText("Please send a photo of the boiler's display");
        Browser.screenshot(olivia, "step-ask-the-customer");
        olivia.locator("#confirm-send").click();
        olivia.waitForURL(url -> url.endsWith("/cases/" + reference));
        assertThat(olivia.locator("#case-status")).hasText("Waiting for the customer");
    }

    private void customerAnswersWithAPhoto(String reference) {
        Page customer = browser.newSession();
        customer.navigate(browser.url("/track"));
        customer.locator("#reference input").fill(reference);
        customer.locator("#proof input").fill("pat.golden@example.com");
        customer.locator("#look-up").click();
        assertThat(customer.locator("#our-question")).containsText("Please send a photo of the boiler's display");
        customer.locator("#answer textarea").fill("The display says F28.");
        customer.locator("#answer-attachments-upload input[type=file]")
                .setInputFiles(new FilePayload("boiler.jpg", "image/jpeg", jpeg()));
        assertThat(customer.locator("#answer-attachments-files")).containsText("boiler.jpg (");
        Browser.screenshot(customer, "track-answer-with-a-photo");
        customer.locator("#send-answer").click();
        assertThat(customer.locator("#answer-sent")).isVisible();
        assertThat(customer.locator("#your-files")).containsText("boiler.jpg");
        customer.context().close();
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.drawString("F28", 140, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void customerAsksForStage2(String reference) {
        Page customer = browser.newSession();
        customer.navigate(browser.url("/track"));
        customer.locator("#reference input").fill(reference);
        customer.locator("#proof input").fill("pat.golden@example.com");
        customer.locator("#look-up").click();
        assertThat(customer.locator("#tracked-case")).containsText("Upheld");
        customer.locator("#stage-2-reason textarea").fill("The boiler is still broken.");
        Browser.screenshot(customer, "track-and-ask-for-stage-2");
        customer.locator("#ask-stage-2").click();
        assertThat(customer.locator("#stage-2-asked")).isVisible();
        customer.context().close();
    }
}
