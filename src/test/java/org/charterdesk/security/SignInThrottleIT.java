package org.charterdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import org.camunda.bpm.engine.identity.User;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords are slowed down, never answered with a permanent lock. Before, about five minutes of wrong
 * passwords to the API locked any account for good (the engine's ENGINE-27002), the only administrator's included,
 * and a single mistyped password made the right one fail for about three seconds.
 */
class SignInThrottleIT extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Autowired
    SignInSecurity security;

    @Autowired
    SignInThrottle throttle;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void lee() {
        if (identity.createUserQuery().userId("lee").count() == 0) {
            User lee = identity.newUser("lee");
            lee.setFirstName("Lee");
            lee.setLastName("Ward");
            lee.setPassword(PASSWORD);
            identity.saveUser(lee);
            identity.createMembership("lee", StaffGroups.officers("housing"));
        }
        identity.unlockUser("lee");
    }

    @Test
    void aMistypedPasswordCanBePutRightAtOnce() {
        at(DAY, LocalTime.of(9, 0));
        assertThat(signIn("lee", "lee-typo")).isEqualTo(401);
        assertThat(signIn("lee", PASSWORD)).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsWaitLongerEachTimeAndTheWaitEnds() {
        at(DAY, LocalTime.of(9, 0));
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("lee", "guess" + i)).isEqualTo(401);
        }
        HttpResponse<String> refused = send("lee", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(refused.body()).contains("Too many wrong passwords");

        at(DAY, LocalTime.of(9, 0, 3));
        assertThat(signIn("lee", "guess3")).isEqualTo(401);
        at(DAY, LocalTime.of(9, 0, 5));
        assertThat(signIn("lee", PASSWORD)).as("the wait doubled to 4 seconds").isEqualTo(429);
        at(DAY, LocalTime.of(9, 0, 8));
        assertThat(signIn("lee", PASSWORD)).isEqualTo(200);
    }

    @Test
    void noNumberOfWrongPasswordsLocksAnAccountForGood() {
        LocalTime time = LocalTime.of(10, 0);
        for (int i = 0; i < 40; i++) {
            at(DAY, time);
            signIn("lee", "guess" + i);
            time = time.plusSeconds(20);
        }
        for (int i = 0; i < 15; i++) {
            assertThat(identity.checkPassword("lee", "wrong")).isFalse();
        }
        at(DAY, time.plusMinutes(16));
        assertThat(signIn("lee", PASSWORD)).isEqualTo(200);
    }

    @Test
    void administratorsSeeFailedSignInsAndCanLetSomeoneInAtOnce() {
        at(DAY, LocalTime.of(11, 0));
        for (int i = 0; i < 4; i++) {
            signIn("lee", "guess" + i);
        }
        assertThat(signIn("lee", PASSWORD)).isEqualTo(429);
        assertThat(security.recentFailures(admin, 10))
                .as("the fourth was refused before its password was checked, so only three count")
                .hasSize(3)
                .allSatisfy(f -> {
                    assertThat(f.username()).isEqualTo("lee");
                    assertThat(f.address()).isEqualTo("127.0.0.1");
                })
                .anySatisfy(f -> assertThat(f.waitsUntil()).isNotNull());

        security.letSignInNow(admin, "lee");
        assertThat(signIn("lee", PASSWORD)).isEqualTo(200);
    }

    @Test
    void theFirstAdministratorIsRestoredFromTheEnvironmentAtStartUp() throws Exception {
        at(DAY, LocalTime.of(12, 0));
        for (int i = 0; i < 6; i++) {
            signIn("admin", "guess" + i);
        }
        assertThat(signIn("admin", PASSWORD)).isEqualTo(429);
        identity.deleteMembership("admin", StaffGroups.ADMINISTRATORS);

        new InitialAdministrator(identity, new InitialAdminProperties("admin", "a-new-long-password", true), throttle)
                .setUp();

        assertThat(signIn("admin", "a-new-long-password")).isEqualTo(200);
        assertThat(directory.find("admin").orElseThrow().administrator()).isTrue();
        User user = identity.createUserQuery().userId("admin").singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    /** 200 once signed in (the case asked for does not exist, so a signed-in caller gets 404); else 401 or 429. */
    private int signIn(String user, String password) {
        int status = send(user, password).statusCode();
        return status == 404 ? 200 : status;
    }

    private HttpResponse<String> send(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/complaints/CMP-0"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
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
