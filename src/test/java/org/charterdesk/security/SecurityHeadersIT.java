package org.charterdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;

/**
 * What every answer carries for the browser's protection, and CSRF on browser sessions. Before, a change that rode
 * on a browser session skipped the CSRF check whenever any Authorization header was present, a junk bearer token
 * included; and no content security, referrer or permissions policy was sent.
 */
class SecurityHeadersIT extends IntegrationTestBase {

    private static final String COMPLAINT = """
            {"channel": "PHONE", "service": "housing", "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
             "whatHappened": "The lift is broken."}""";

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void pagesAndTheApiCarryTheirPolicies() {
        for (String path : new String[] {"/complain", "/login", "/api/v1/services"}) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy"))
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
    }

    @Test
    void behindATrustedProxyOnHttpsRedirectsStayOnHttpsAndCookiesAreSecure() {
        HttpResponse<String> login = get("/login", "https");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("Secure")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));

        HttpResponse<String> tasks = get("/tasks", "https");
        assertThat(tasks.statusCode()).isEqualTo(302);
        assertThat(tasks.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://council.example/"));
    }

    @Test
    void aSessionChangeWithAJunkAuthorizationHeaderStillNeedsItsCsrfToken() {
        signInWithTheForm("fran");

        HttpResponse<String> junk = post("/api/v1/complaints", "Bearer junk");
        assertThat(junk.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongBasic = post("/api/v1/complaints", basic("fran", "not-her-password"));
        assertThat(wrongBasic.statusCode()).isEqualTo(403);

        HttpResponse<String> realBasic = post("/api/v1/complaints", basic("fran", PASSWORD));
        assertThat(realBasic.statusCode()).isEqualTo(201);
    }

    private void signInWithTheForm(String user) {
        get("/login", null);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> get(String path, String forwardedProto) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-Host", "council.example");
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(COMPLAINT))
                .build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
