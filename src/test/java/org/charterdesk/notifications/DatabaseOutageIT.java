package org.charterdesk.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.testsupport.Waiting.pause;
import static org.charterdesk.testsupport.Waiting.waitFor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.charterdesk.testsupport.ProxiedPostgresTestConfiguration;
import org.charterdesk.testsupport.TcpProxy;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away while the application stays up (a proxy between them is cut). Before: callers were
 * redirected to the sign-in page, some after hanging 30 seconds; and notifications sent just before the outage went
 * out again afterwards (50 duplicates after a 30-second outage), because "sent" could not be recorded and the lease
 * ran out.
 */
@Import(ProxiedPostgresTestConfiguration.class)
// A lease shorter than the outage: what was sent just before it must still not go out again afterwards.
@TestPropertySource(properties = "charterdesk.mail.lease=20s")
class DatabaseOutageIT extends ViewTestBase {

    @Autowired
    OutboxSender sender;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static TcpProxy database() {
        return ProxiedPostgresTestConfiguration.proxy;
    }

    @AfterEach
    void databaseBack() {
        database().restore();
    }

    @Test
    void whileTheDatabaseIsAwayCallersAreTold503WithRetryAfter() throws Exception {
        database().cut();
        long start = System.nanoTime();
        HttpResponse<String> complaint = send(HttpRequest.newBuilder(uri("/api/v1/complaints"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"service": "housing", "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
                         "whatHappened": "The lift is broken."}""")));
        System.out.printf("OUTAGE public intake answered in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertThat(complaint.statusCode()).isEqualTo(503);
        assertThat(complaint.headers().firstValue("Retry-After")).contains("30");
        assertThat(complaint.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(complaint.body()).contains("The service is unavailable, try again shortly.");

        HttpResponse<String> staff = send(HttpRequest.newBuilder(uri("/api/v1/complaints/CMP-2026-000001"))
                .header("Authorization", "Basic " + base64("olivia:" + PASSWORD)));
        assertThat(staff.statusCode()).as("not 401 or a redirect to sign in").isEqualTo(503);

        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=olivia&password=" + PASSWORD)));
        assertThat(page.statusCode()).as("signing in").isEqualTo(503);
        assertThat(page.body()).contains("The service is unavailable, try again shortly.");
    }

    @Test
    void aStaffFormKeepsWhatWasTypedAndSendsItOnceTheDatabaseIsBack() {
        open(fran, "cases/new");
        _setValue(_get(TextField.class, spec -> spec.withId("customer-name")), "Kit Marsh");
        _setValue(_get(TextArea.class, spec -> spec.withId("what-happened")), "The bins were not collected.");
        _setValue(_get(EmailField.class, spec -> spec.withId("customer-email")), "kit@example.com");
        selectFirstService();
        long before = cases.count();

        database().cut();
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("The service is unavailable, try again shortly.");
        assertThat(_get(TextArea.class, spec -> spec.withId("what-happened")).getValue())
                .isEqualTo("The bins were not collected.");

        database().restore();
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(_find(Div.class, spec -> spec.withId("form-errors")).stream()
                        .map(errors -> errors.getElement().getTextRecursively()))
                .allMatch(String::isBlank);
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void notificationsSentAroundA30SecondOutageGoOutExactlyOnce() throws Exception {
        TestMailServer.purge();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            references.add(
                    webComplaint("housing", "outage" + i + "@example.com").getReference());
        }
        List<Long> ids = notifications.findAll().stream()
                .filter(n -> n.getStatus() == NotificationStatus.PENDING)
                .map(Notification::getId)
                .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(references.size());

        AtomicBoolean sending = new AtomicBoolean(true);
        Thread rounds = new Thread(() -> {
            while (sending.get()) {
                try {
                    sender.sendDue();
                } catch (RuntimeException e) {
                    // the database is away: this round gives up, the next tries again
                }
                pause(Duration.ofMillis(200));
            }
        });
        rounds.start();
        waitFor(() -> TestMailServer.received().size() >= 20, Duration.ofSeconds(60));
        database().cut();
        System.out.printf(
                "OUTAGE the database went away after %d emails%n",
                TestMailServer.received().size());
        pause(Duration.ofSeconds(30));
        database().restore();
        waitFor(() -> sentCount(ids) == ids.size(), Duration.ofSeconds(120));
        sending.set(false);
        rounds.join();

        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : TestMailServer.received()) {
            String id = header(message, "X-Charterdesk-Notification");
            if (id != null && ids.contains(Long.valueOf(id))) {
                copies.merge(id, 1, Integer::sum);
            }
        }
        System.out.printf(
                "OUTAGE %d notifications, %d emails received, %d sent more than once%n",
                ids.size(),
                copies.values().stream().mapToInt(Integer::intValue).sum(),
                copies.values().stream().filter(n -> n > 1).count());
        assertThat(copies).hasSize(ids.size());
        assertThat(copies.values()).allMatch(n -> n == 1);
    }

    private long sentCount(List<Long> ids) {
        try {
            return notifications.findAllById(ids).stream()
                    .filter(n -> n.getStatus() == NotificationStatus.SENT)
                    .count();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @SuppressWarnings("unchecked")
    private static void selectFirstService() {
        com.vaadin.flow.component.combobox.ComboBox<Object> service =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("service"));
        _setValue(service, service.getListDataView().getItems().findFirst().orElseThrow());
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
