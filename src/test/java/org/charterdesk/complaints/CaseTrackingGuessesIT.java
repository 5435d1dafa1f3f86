package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.charterdesk.security.TooManyGuessesException;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong guesses at a customer's email address on /track and for stage 2: strict per caller, looser per case.
 * Before, five wrong guesses from five addresses locked the customer out of their own case for 15 minutes.
 */
class CaseTrackingGuessesIT extends IntegrationTestBase {

    @Autowired
    CaseTracking tracking;

    @Test
    void othersWrongGuessesDoNotLockTheCustomerOut() {
        at(LocalDate.of(2026, 11, 3), LocalTime.of(9, 0));
        String reference = webComplaint("housing", "dana@example.com").getReference();
        for (int caller = 1; caller <= 5; caller++) {
            String address = "203.0.113." + caller;
            assertThatThrownBy(() -> tracking.find(reference, "guess@example.com", address))
                    .isInstanceOf(CaseNotFoundException.class);
        }

        assertThat(tracking.find(reference, "dana@example.com", "198.51.100.7").reference())
                .isEqualTo(reference);
    }

    @Test
    void oneCallerGetsFiveGuessesIn15Minutes() {
        at(LocalDate.of(2026, 11, 3), LocalTime.of(10, 0));
        String reference = webComplaint("housing", "eli@example.com").getReference();
        for (int guess = 1; guess <= 5; guess++) {
            String email = "eli" + guess + "@example.com";
            assertThatThrownBy(() -> tracking.find(reference, email, "203.0.113.50"))
                    .isInstanceOf(CaseNotFoundException.class);
        }
        assertThatThrownBy(() -> tracking.find(reference, "eli@example.com", "203.0.113.50"))
                .isInstanceOf(TooManyGuessesException.class);

        at(LocalDate.of(2026, 11, 3), LocalTime.of(10, 16));
        assertThat(tracking.find(reference, "eli@example.com", "203.0.113.50").reference())
                .isEqualTo(reference);
    }

    @Test
    void manyCallersTogetherStillGetOnlyThirtyGuessesAtOneCase() {
        at(LocalDate.of(2026, 11, 3), LocalTime.of(11, 0));
        String reference = webComplaint("housing", "fay@example.com").getReference();
        for (int caller = 1; caller <= 30; caller++) {
            String address = "192.0.2." + caller;
            assertThatThrownBy(() -> tracking.find(reference, "someone@example.com", address))
                    .isInstanceOf(CaseNotFoundException.class);
        }
        assertThatThrownBy(() -> tracking.find(reference, "fay@example.com", "192.0.2.200"))
                .isInstanceOf(TooManyGuessesException.class);
    }
}
