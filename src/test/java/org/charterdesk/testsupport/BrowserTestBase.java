package org.charterdesk.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Value;

/** An integration test driven through Debian's Chromium: one browser for the test class, on the running server. */
public abstract class BrowserTestBase extends IntegrationTestBase {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser(@Value("${local.server.port}") int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
