package org.charterdesk.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole stage 1 lifecycles through the API, as a council's contact centre and an officer would do them, in a
 * {@link BoundedLoad}: Fran logs a phoned-in complaint (triaged as she takes it), Olivia looks it up, takes its step
 * and answers it, and the case closes. Four requests each, with the demo's staff and HTTP Basic; anything but the
 * expected answers is an error.
 */
public final class HttpLifecycle {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STEP = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ANSWER = """
            {"outcome": "NOT_UPHELD", "response": "We looked into it and the bins were collected on the day."}""";

    private HttpLifecycle() {}

    /** Lifecycles against {@code base} (a node's or nginx's address ending in {@code /}). */
    public static BoundedLoad.Result run(URI base, int clients, int total, Duration most, String label) {
        return BoundedLoad.run(clients, total, most, (http, i) -> one(http, base, label, i));
    }

    private static String one(HttpClient http, URI base, String label, int i) {
        try {
            HttpResponse<String> logged =
                    post(http, base.resolve("api/v1/complaints"), "fran", """
                    {"channel": "PHONE", "service": "housing",
                     "customer": {"name": "Lifecycle Tester", "email": "%s.%d@example.com"},
                     "whatHappened": "Lifecycle %d: the bins were not collected.",
                     "triage": {"matterType": "COMPLAINT"}}""".formatted(label, i, i));
            Matcher reference = REFERENCE.matcher(logged.body());
            if (logged.statusCode() != 201 || !reference.find()) {
                return "logging: " + logged.statusCode() + " " + logged.body();
            }
            String complaint = "api/v1/complaints/" + reference.group(1);
            HttpResponse<String> details = http.send(
                    request(base.resolve(complaint), "olivia").GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher step = STEP.matcher(details.body());
            if (details.statusCode() != 200 || !step.find()) {
                return "looking up: " + details.statusCode() + " " + details.body();
            }
            String steps = complaint + "/steps/" + step.group(1);
            HttpResponse<String> claimed = post(http, base.resolve(steps + "/claim"), "olivia", "");
            if (claimed.statusCode() != 204) {
                return "taking the step: " + claimed.statusCode() + " " + claimed.body();
            }
            HttpResponse<String> answered = post(http, base.resolve(steps + "/frontline-response"), "olivia", ANSWER);
            return answered.statusCode() == 200 && answered.body().contains("\"CLOSED\"")
                    ? null
                    : "answering: " + answered.statusCode() + " " + answered.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String user, String json)
            throws IOException, InterruptedException {
        return http.send(
                request(uri, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI uri, String user) {
        String credentials = user + ":demo";
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
