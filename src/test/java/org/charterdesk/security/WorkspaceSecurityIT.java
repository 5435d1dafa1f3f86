package org.charterdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in to the workspace, and single sign-on into the Camunda webapps for administrators only, over real
 * HTTP with a browser-like cookie session.
 */
class WorkspaceSecurityIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient browser, String user, String password) throws Exception {
        get(browser, "/login");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void passwordsAreStoredWithBcrypt() {
        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'olivia'", String.class);
        assertThat(stored).startsWith("{BCRYPT}$2a$10$").doesNotContain(PASSWORD);
        assertThat(identity.checkPassword("olivia", PASSWORD)).isTrue();
    }

    @Test
    void aPasswordStoredWithTheEnginesOldHashStillChecks() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA==";
        String legacy = "{SHA-512}" + new Sha512HashDigest().encrypt("old-password" + salt);
        if (identity.createUserQuery().userId("legacy").count() == 0) {
            identity.saveUser(identity.newUser("legacy"));
        }
        jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = 'legacy'", legacy, salt);
        assertThat(identity.checkPassword("legacy", "old-password")).isTrue();
        assertThat(identity.checkPassword("legacy", "wrong-password")).isFalse();
    }

    @Test
    void theWorkspaceAsksStrangersToSignIn() throws Exception {
        HttpClient stranger = browser();
        HttpResponse<String> home = get(stranger, "/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
        assertThat(location(get(stranger, "/camunda/app/cockpit/default/"))).endsWith("/login");
        assertThat(get(stranger, "/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aWrongPasswordGoesBackToTheSignInPage() throws Exception {
        HttpResponse<String> refused = signIn(browser(), "nobody", "guess");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/login?error");
    }

    @Test
    void anAdministratorSignedInToTheWorkspaceIsSignedInToCockpitAndAdmin() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> signedIn = signIn(browser, "admin", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).doesNotContain("error");

        assertThat(get(browser, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> who = get(browser, "/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).isEqualTo(200);
        JsonNode user = new ObjectMapper().readTree(who.body());
        assertThat(user.get("userId").asText()).isEqualTo("admin");
        assertThat(user.get("authorizedApps").toString()).contains("cockpit", "admin", "tasklist");
        assertThat(get(browser, "/camunda/api/engine/engine/default/process-definition/key/complaint")
                        .body())
                .contains("\"key\":\"complaint\"");
    }

    @Test
    void otherStaffCannotOpenTheCamundaWebapps() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "max", PASSWORD);
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        // The webapps' engine API is a servlet of its own: it must be refused too, or staff could bypass the checks
        // of the workspace and complete any task.
        assertThat(get(browser, "/camunda/api/engine/engine/default/process-definition")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(browser, "/camunda/api/engine/engine/default/task").statusCode())
                .isEqualTo(403);
        assertThat(get(browser, "/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aBrowserSessionCanReadTheApiButChangesNeedTheCsrfToken() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "fran", PASSWORD);
        HttpResponse<String> services = get(browser, "/api/v1/services");
        assertThat(services.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"housing\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
