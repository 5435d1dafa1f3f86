package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterdesk.complaints.api.ComplaintsApiIT.fields;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text that cannot be stored or shown safely is refused at the API with a clear error, and nothing is stored: a NUL
 * byte (PostgreSQL refuses it, which used to surface as a 500), an overlong UTF-8 sequence (which used to be read
 * quietly as "/"), half of a character, and a key given twice.
 */
class HostileInputIT extends IntegrationTestBase {

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aNulByteInAnyTextIsAFieldErrorAndNothingIsStored() {
        long before = cases.count();
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "housing",
                 "customer": {"name": "Jo\\u0000 Bloggs", "email": "jo@example.com"},
                 "whatHappened": "The lift\\u0000 is broken.", "outcomeSought": "Fix it\\u001b[31m"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactlyInAnyOrder("customer.name", "whatHappened", "outcomeSought");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void tabsAndLineBreaksAreWelcome() {
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "housing", "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
                 "whatHappened": "First:\\tthe lift.\\r\\nThen:\\tthe stairs."}""", null);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void anOverlongUtf8SequenceIsMalformedNotASlash() {
        long before = cases.count();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("""
                {"service": "housing", "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
                 "whatHappened": "..""".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes("etc/passwd\"}".getBytes(StandardCharsets.UTF_8));

        ApiClient.Response response = api.postBytes("/api/v1/complaints", body.toByteArray());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asText()).isEqualTo("The request body is not valid JSON");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void halfACharacterIsRefused() {
        long before = cases.count();
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "housing", "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
                 "whatHappened": "Broken \\ud83d lift"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("whatHappened");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        long before = cases.count();
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "housing", "service": "waste",
                 "customer": {"name": "Jo Bloggs", "email": "jo@example.com"}, "whatHappened": "Bins."}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(cases.count()).isEqualTo(before);
    }
}
