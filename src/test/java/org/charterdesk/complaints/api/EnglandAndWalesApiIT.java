package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The same API for a council in England and Wales: a second application, on its own database. */
@TestPropertySource(properties = "charterdesk.calendar.region=england-and-wales")
class EnglandAndWalesApiIT extends IntegrationTestBase {

    @Test
    void aLetterReceivedOnThursday31DecemberIsDueOnFriday8January() {
        at(LocalDate.of(2027, 1, 4));
        ApiClient.Response created = new ApiClient(port)
                .post("/api/v1/complaints", ComplaintsApiIT.LETTER_OF_31_DECEMBER, "fran:" + PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/currentStep/dueOn").asText()).isEqualTo("2027-01-08");
    }
}
