package org.charterdesk.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.camunda.bpm.engine.identity.Group;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.BrowserTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser, against a real OpenID Connect provider running in the test (mock-oauth2-server): staff sign in
 * with their council account, their groups there decide their Charterdesk teams, someone in no mapped group is
 * refused, the Camunda webapps share the sign-in, and signing out ends the session at the provider too.
 */
class SingleSignOnBrowserIT extends BrowserTestBase {

    private static final String ISSUER = "anytown";
    private static final MockOAuth2Server PROVIDER = started();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.council.";
        registry.add(registration + "client-id", () -> "charterdesk");
        registry.add(registration + "client-secret", () -> "not-a-real-secret");
        registry.add(registration + "client-name", () -> "your Anytown Council account");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add(registration + "provider", () -> "council");
        registry.add(
                "spring.security.oauth2.client.provider.council.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
        // Everyone signs in through the provider: no passwords here.
        registry.add("charterdesk.security.local-accounts", () -> "false");
        String groups = "charterdesk.security.single-sign-on.groups.";
        registry.add(groups + "[Housing Team][0]", () -> "housing-officers");
        registry.add(groups + "[Complaints Admins][0]", () -> "camunda-admin");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void anOfficerSignsInWithTheirCouncilAccountAndSignsOutAtTheProviderToo() {
        nextSignInIs("sam.jones@anytown.gov.uk", "Sam", "Jones", List.of("Housing Team", "Canteen"));
        Page page = browser.newSession();
        page.navigate(browser.url("/"));
        signInAtTheProvider(page);
        assertThat(page.getByText("Welcome, Sam Jones")).isVisible();
        assertThat(page.locator("#roles")).containsText("Officer, Housing");
        Browser.screenshot(page, "single-sign-on-home");
        assertThat(identity.createGroupQuery().groupMember("sam.jones@anytown.gov.uk").list().stream()
                        .map(Group::getId))
                .containsExactly("housing-officers");

        page.getByText("Sign out").click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(requestsTo("/" + ISSUER + "/endsession"))
                .as("the session ended at the provider")
                .isNotEmpty();
        page.navigate(browser.url("/tasks"));
        assertThat(page).hasURL(browser.url("/login"));
        page.context().close();
    }

    @Test
    void someoneInNoMappedGroupIsRefusedWithAReason() {
        nextSignInIs("pat.canteen@anytown.gov.uk", "Pat", "Canteen", List.of("Canteen"));
        Page page = browser.newSession();
        page.navigate(browser.url("/login"));
        signInAtTheProvider(page);
        assertThat(page).hasURL(browser.url("/login?refused"));
        assertThat(page.locator("#sign-in-refused")).containsText("not in any Charterdesk team");
        page.navigate(browser.url("/tasks"));
        assertThat(page).hasURL(browser.url("/login"));
        assertThat(identity.createUserQuery()
                        .userId("pat.canteen@anytown.gov.uk")
                        .count())
                .isZero();
        page.context().close();
    }

    @Test
    void anAdministratorGoesOnToCockpitWithoutSigningInAgain() {
        nextSignInIs("ada.lovelace@anytown.gov.uk", "Ada", "Lovelace", List.of("Complaints Admins"));
        Page page = browser.newSession();
        page.navigate(browser.url("/login"));
        signInAtTheProvider(page);
        assertThat(page.getByText("Welcome, Ada Lovelace")).isVisible();
        page.locator("#cockpit-link").click();
        page.waitForURL(url -> url.contains("/camunda/app/cockpit/default/"));
        assertThat(page.locator("body")).containsText("Processes");
        assertThat(page.locator("input[name=username]")).hasCount(0);
        page.context().close();
    }

    /** Follows the sign-in button to the provider and back to Charterdesk. */
    private static void signInAtTheProvider(Page page) {
        page.getByText("Sign in with your Anytown Council account").click();
        page.waitForURL(url -> url.startsWith(browser.url("/")) && !url.contains("oauth2"));
        page.waitForLoadState();
    }

    @Test
    void withLocalAccountsOffPasswordsAreNotAskedForNorAccepted() throws Exception {
        Page page = browser.newSession();
        page.navigate(browser.url("/login"));
        assertThat(page.getByText("Sign in with your Anytown Council account")).isVisible();
        assertThat(page.locator("input[name=password]")).hasCount(0);
        page.context().close();

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.url("/api/v1/complaints/CMP-2026-000001")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString(("olivia:" + PASSWORD).getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    private static void nextSignInIs(String username, String first, String last, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                "subject-" + username,
                "JWT",
                List.of("charterdesk"),
                Map.of(
                        "preferred_username", username,
                        "given_name", first,
                        "family_name", last,
                        "email", username,
                        "groups", groups),
                3600));
    }

    /** The requests the provider has had for a path so far. */
    private static List<String> requestsTo(String path) {
        List<String> matching = new ArrayList<>();
        for (RecordedRequest request = next(); request != null; request = next()) {
            if (request.getPath() != null && request.getPath().startsWith(path)) {
                matching.add(request.getPath());
            }
        }
        return matching;
    }

    /** The provider's next recorded request, or null when it has had no more. */
    private static RecordedRequest next() {
        try {
            return PROVIDER.takeRequest(100, TimeUnit.MILLISECONDS);
        } catch (RuntimeException noMore) {
            return null;
        }
    }
}
