package org.charterdesk.testsupport;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, headless. Screenshots go to {@code target/screenshots} so that a
 * reviewer can look at the screens the tests saw.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;
    private final List<String> contentSecurityViolations = new CopyOnWriteArrayList<>();

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        this.base = "http://localhost:" + port;
        // The first page of a run compiles and caches a lot in the server; a shared machine can be slow.
        PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A new browser session (its own cookies), 1280 pixels wide. */
    public Page newSession() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 800));
        // As long as the assertions wait: on a loaded 2-core CI machine a first page after sign-in once took over 30 s.
        context.setDefaultTimeout(45_000);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                contentSecurityViolations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** What the content security policy blocked in any page of this browser, as Chromium reported it. */
    public List<String> contentSecurityViolations() {
        return List.copyOf(contentSecurityViolations);
    }

    /** A new session, signed in as {@code user}, on the page they land on. */
    public Page signIn(String user, String password) {
        Page page = newSession();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        return page;
    }

    /**
     * Types into a search field that filters as you type, and waits until the server has the text: a click sent in
     * the same round trip would land on a row the filter is about to replace.
     */
    public static void search(Page page, String field, String text) {
        page.waitForResponse(
                response -> response.url().contains("v-r=uidl")
                        && response.request().postData() != null
                        && response.request().postData().contains(text),
                () -> page.locator(field + " input").fill(text));
    }

    public String url(String path) {
        return base + path;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
