package org.charterdesk.complaints.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the API, as an outside caller sees it: real sockets, real security filters. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    record Response(int status, JsonNode body, HttpResponse<String> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    Response post(String path, String json, String user) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    /** Posts with an Idempotency-Key header, as nginx sends a complaint. */
    Response postOnce(String path, String json, String idempotencyKey) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                null);
    }

    /** Posts the bytes exactly as given: for bodies that are not valid UTF-8. */
    Response postBytes(String path, byte[] body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                null);
    }

    private Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            String[] parts = user.split(":", 2);
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((parts[0] + ":" + parts[1]).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(
                    response.statusCode(),
                    body == null
                                    || body.isBlank()
                                    || !body.strip().startsWith("{")
                                            && !body.strip().startsWith("[")
                            ? null
                            : JSON.readTree(body),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
