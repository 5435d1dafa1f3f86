package org.charterdesk.workspace.publicsite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident complains through the public form using the keyboard alone, and reads the published charter. */
class PublicFormBrowserIT extends BrowserTestBase {

    @Autowired
    Attachments attachments;

    /** Presses Tab until the element matching {@code selector} (or something inside it) has the focus. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            Object inside = page.evaluate(
                    "s => { const e = document.querySelector(s); "
                            + "return !!e && (e === document.activeElement || e.contains(document.activeElement)); }",
                    selector);
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + selector + " with the Tab key");
    }

    @Test
    void aResidentComplainsWithTheKeyboardAlone() {
        Page page = browser.newSession();
        page.navigate(browser.url("/complain"));
        assertThat(page.locator("h1")).hasText("Make a complaint, compliment or comment");

        tabTo(page, "#continue");
        page.keyboard().press("Enter");
        assertThat(page.locator("#form-errors")).containsText("Give your name");
        assertThat(page.locator("#form-errors")).containsText("Tell us what happened");
        assertThat(page.locator("#customer-name")).hasAttribute("invalid", "");
        Browser.screenshot(page, "public-complaint-form-errors");

        tabTo(page, "#service");
        page.keyboard().type("Waste");
        // The options come from the server as the text filters them; wait for them, then choose with the keyboard.
        assertThat(page.locator("vaadin-combo-box-item").first()).containsText("Waste");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        tabTo(page, "#customer-name");
        page.keyboard().type("Jo Public");
        tabTo(page, "#customer-email");
        page.keyboard().type("jo.public@example.com");
        tabTo(page, "#what-happened");
        page.keyboard().type("My green bin has not been emptied for three weeks.");
        tabTo(page, "#continue");
        page.keyboard().press("Enter");

        assertThat(page).hasTitle("Check your answers before sending - Anytown Council");
        assertThat(page.locator("#check-answers-heading")).isFocused();
        assertThat(page.locator("#answers")).containsText("Waste and Recycling");
        Browser.screenshot(page, "public-check-your-answers");
        tabTo(page, "#send");
        page.keyboard().press("Enter");

        assertThat(page.locator("#received-reference")).containsText("Your reference is CMP-");
        assertThat(page.locator("#received-reference")).isFocused();
        assertThat(page).hasTitle("Complaint received - Anytown Council");
        assertThat(page).hasURL(browser.url("/complain/sent"));
        assertThat(page.locator("#expected-date")).isVisible();
        Browser.screenshot(page, "public-complaint-received");
        String heading = page.locator("#received-reference").textContent();
        String reference = heading.substring(heading.indexOf("CMP-")).strip();
        assertThat(reload(reference).getChannel()).isEqualTo(Channel.WEB);
        assertThat(reload(reference).serviceCode()).isEqualTo("waste");
        long cases = this.cases.count();
        page.reload();
        assertThat(page.locator("#form-sent")).hasText("Your form has been sent");
        assertThat(this.cases.count()).as("a reload sends nothing again").isEqualTo(cases);
        page.context().close();
    }

    /** A photo goes up with the form; a program renamed as a photo is refused beside the field, and nothing is lost. */
    @Test
    void aResidentAttachesAPhotoOfTheDamp() throws Exception {
        Page page = browser.newSession();
        page.navigate(browser.url("/complain"));
        page.locator("#service input").fill("Housing");
        assertThat(page.locator("vaadin-combo-box-item").first()).containsText("Housing");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.locator("#customer-name input").fill("Dee Amp");
        page.locator("#customer-email input").fill("dee.amp@example.com");
        page.locator("#what-happened textarea").fill("There is black mould in the back bedroom.");

        Locator files = page.locator("#attachments-upload input[type=file]");
        files.setInputFiles(new FilePayload("mould.jpg", "image/jpeg", jpeg()));
        assertThat(page.locator("#attachments-files")).containsText("mould.jpg (");
        files.setInputFiles(new FilePayload("bedroom.jpg", "image/jpeg", Files.readAllBytes(Path.of("/bin/ls"))));
        assertThat(page.locator("#attachments-error")).containsText("bedroom.jpg is not a file we can accept");
        assertThat(page.locator("#what-happened textarea")).hasValue("There is black mould in the back bedroom.");
        assertThat(page.locator("#attachments-files")).not().containsText("bedroom.jpg");
        Browser.screenshot(page, "public-complaint-form-attachments");

        page.locator("#continue").click();
        assertThat(page.locator("#answers")).containsText("mould.jpg");
        page.locator("#send").click();
        assertThat(page.locator("#received-reference")).containsText("Your reference is CMP-");
        String heading = page.locator("#received-reference").textContent();
        String reference = heading.substring(heading.indexOf("CMP-")).strip();
        assertThat(attachments.of(reference, olivia)).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("mould.jpg");
            assertThat(file.contentType()).isEqualTo("image/jpeg");
            assertThat(file.fromCustomer()).isTrue();
        });
        page.context().close();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillOval(40, 30, 200, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void theCharterIsPublished() {
        Page page = browser.newSession();
        page.navigate(browser.url("/charter"));
        assertThat(page.locator("#service-housing")).containsText("Stage 1: we aim to answer within 5 working days");
        Browser.screenshot(page, "public-charter");
        page.context().close();
    }
}
