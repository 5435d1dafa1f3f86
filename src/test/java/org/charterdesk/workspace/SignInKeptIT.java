package org.charterdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Signing in changes the session's id, and the sign-in page may still have requests in flight with the old one: its
 * icons, its manifest, the browser's favicon. Before, each of those that arrived after the sign-in was given a new,
 * empty session, whose cookie replaced the signed-in one: the member of staff was sent back to the sign-in page
 * straight after signing in (seen in the browser tests about once in three first runs, when the progressive web
 * app's service worker was still fetching its files).
 */
class SignInKeptIT extends IntegrationTestBase {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/?[^\"#:]*)\"");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void whatTheSignInPageStillFetchesWithItsOldSessionNeverEndsTheNewOne() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String before = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=olivia&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String signedIn = sessionCookie(signIn).orElseThrow();
        assertThat(signedIn).isNotEqualTo(before);

        Set<String> stragglers = new LinkedHashSet<>(linkedFrom(loginPage.body()));
        stragglers.add("/favicon.ico");
        assertThat(stragglers).as("the sign-in page links to files of its own").hasSizeGreaterThan(1);
        for (String path : stragglers) {
            HttpResponse<String> late = get(path, before);
            assertThat(sessionCookie(late))
                    .as("%s, fetched with the session from before signing in, starts a session of its own", path)
                    .isEmpty();
        }

        HttpResponse<String> tasks = get("/tasks", signedIn);
        assertThat(tasks.statusCode()).as("still signed in").isEqualTo(200);
    }

    private static Set<String> linkedFrom(String html) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher matcher = LINKED.matcher(html);
        while (matcher.find()) {
            String path = matcher.group(1);
            if (!path.isEmpty() && !path.equals("/") && !path.startsWith("//")) {
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        return paths;
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
