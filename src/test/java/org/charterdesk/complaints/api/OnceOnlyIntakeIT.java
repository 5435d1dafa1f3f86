package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.charterdesk.complaints.OnceOnlyIntake;
import org.charterdesk.testsupport.AtOnce;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint sent again with the same Idempotency-Key, as nginx does when the node it first went to stopped or died
 * with it in hand, is received once: the second answer names the case the first made.
 */
class OnceOnlyIntakeIT extends IntegrationTestBase {

    private static final String COMPLAINT = """
            {"service": "housing",
             "customer": {"name": "Ola Once", "email": "ola.once@example.com"},
             "whatHappened": "The stair light has been out for weeks."}""";

    @Autowired
    OnceOnlyIntake onceOnly;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        at(LocalDate.of(2026, 11, 3));
    }

    @Test
    void theSameComplaintSentTwiceWithOneKeyMakesOneCase() {
        long before = cases.count();
        ApiClient.Response first = api.postOnce("/api/v1/complaints", COMPLAINT, "a1b2c3-first");
        ApiClient.Response again = api.postOnce("/api/v1/complaints", COMPLAINT, "a1b2c3-first");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        String reference = first.body().get("reference").asText();
        assertThat(again.body().get("reference").asText()).isEqualTo(reference);
        assertThat(cases.count()).isEqualTo(before + 1);
        assertThat(notificationsOf(reference)).as("one acknowledgement").hasSize(1);

        ApiClient.Response otherKey = api.postOnce("/api/v1/complaints", COMPLAINT, "a1b2c3-second");
        assertThat(otherKey.body().get("reference").asText())
                .as("another key is another complaint")
                .isNotEqualTo(reference);
    }

    @Test
    void aKeyUsedForAnotherComplaintIsRefusedAndNothingIsStored() {
        api.postOnce("/api/v1/complaints", COMPLAINT, "d4e5f6");
        long before = cases.count();

        ApiClient.Response other =
                api.postOnce("/api/v1/complaints", COMPLAINT.replace("stair light", "front door"), "d4e5f6");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("detail").asText())
                .isEqualTo("This Idempotency-Key was already used for a different contact.");
        assertThat(cases.count()).isEqualTo(before);
        assertThat(api.postOnce("/api/v1/complaints", COMPLAINT, "k".repeat(101))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void twoSendingsAtTheSameMomentMakeOneCase() throws Exception {
        long before = cases.count();
        Callable<ApiClient.Response> send = () -> api.postOnce("/api/v1/complaints", COMPLAINT, "g7h8i9-at-once");

        List<ApiClient.Response> answers = AtOnce.run(List.of(send, send, send));

        assertThat(answers).extracting(ApiClient.Response::status).containsOnly(201);
        assertThat(answers)
                .extracting(answer -> answer.body().get("reference").asText())
                .containsOnly(answers.get(0).body().get("reference").asText());
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void keysAreForgottenADayAfterTheirComplaint() {
        String old = api.postOnce("/api/v1/complaints", COMPLAINT, "m1n2-old")
                .body()
                .get("reference")
                .asText();
        at(LocalDate.of(2026, 11, 4), LocalTime.of(12, 0));
        String recent = api.postOnce("/api/v1/complaints", COMPLAINT, "m1n2-recent")
                .body()
                .get("reference")
                .asText();

        assertThat(onceOnly.forgetOldKeys()).isPositive();

        assertThat(jdbc.queryForList(
                        "select idempotency_key from intake_request where idempotency_key like 'm1n2-%'", String.class))
                .containsExactly("m1n2-recent");
        assertThat(api.postOnce("/api/v1/complaints", COMPLAINT, "m1n2-recent")
                        .body()
                        .get("reference")
                        .asText())
                .isEqualTo(recent);
        assertThat(reload(old)).as("the case itself stays").isNotNull();
    }
}
