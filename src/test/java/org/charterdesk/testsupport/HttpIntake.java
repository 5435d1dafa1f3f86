package org.charterdesk.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Anonymous complaints to {@code POST /api/v1/complaints}, as customers send them, in a {@link BoundedLoad}: anything
 * but "201 Created" is an error.
 */
public final class HttpIntake {

    private HttpIntake() {}

    public static BoundedLoad.Result send(URI intake, int clients, int total, Duration most, String emailPrefix) {
        return BoundedLoad.run(clients, total, most, (http, i) -> sendOne(http, intake, emailPrefix, i));
    }

    /** The {@code i}th complaint of a load, alternately to Housing and Waste, from an address of its own. */
    public static HttpRequest complaint(URI intake, String emailPrefix, int i) {
        String body = """
                {"service": "%s", "customer": {"name": "Load Tester", "email": "%s.%d@example.com"},
                 "whatHappened": "Complaint %d of a load."}""".formatted(i % 2 == 0 ? "housing" : "waste", emailPrefix, i, i);
        return HttpRequest.newBuilder(intake)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String sendOne(HttpClient http, URI intake, String emailPrefix, int i) {
        try {
            HttpResponse<String> response =
                    http.send(complaint(intake, emailPrefix, i), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 201 ? null : response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
