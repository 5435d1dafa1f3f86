package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging a contact, with the date it arrived and its triage, is for customer services and the service's own staff;
 * a contact that arrived more than 28 days ago only a manager of the service may log, saying why. Before, Wendy
 * (Waste) logged a Housing complaint back-dated into last year and already overdue, and Cora (corporate lead)
 * logged one.
 */
class WhoLogsContactsIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @BeforeEach
    void today() {
        at(TODAY, LocalTime.of(10, 0));
    }

    @Test
    void anotherServicesOfficerOrTheCorporateLeadCannotLogForHousing() {
        long before = cases.count();
        for (StaffMember outsider : new StaffMember[] {wendy, cora}) {
            assertThatThrownBy(() -> intake.receive(letter("housing", 2, null), Optional.of(outsider)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsEntry("service", "You can log contacts only for the services you work in"));
        }
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void customerServicesAndTheServicesOwnStaffLogContacts() {
        assertThat(intake.receive(letter("housing", 2, null), Optional.of(fran)).getReference())
                .startsWith("CMP-");
        assertThat(intake.receive(letter("waste", 2, null), Optional.of(fran)).getReference())
                .startsWith("CMP-");
        assertThat(intake.receive(letter("housing", 27, null), Optional.of(olivia))
                        .getReference())
                .startsWith("CMP-");
    }

    @Test
    void aContactReceivedLongAgoNeedsAManagerAndAReason() {
        long before = cases.count();
        assertThatThrownBy(() -> intake.receive(letter("housing", 40, "Found in a drawer"), Optional.of(olivia)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry(
                                "receivedAt",
                                "Only a manager of Housing can log a contact received more than 28 days ago"));
        assertThatThrownBy(() -> intake.receive(letter("housing", 40, null), Optional.of(fran)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> intake.receive(letter("housing", 40, " "), Optional.of(max)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("lateLoggingReason"));
        assertThat(cases.count()).isEqualTo(before);

        CaseFile logged =
                intake.receive(letter("housing", 40, "The letter went to the wrong office"), Optional.of(max));
        assertThat(timelineText(logged.getReference()))
                .anySatisfy(text -> assertThat(text)
                        .contains("logged by Max Fraser")
                        .contains("Logged late because: The letter went to the wrong office"));
    }

    private static NewCase letter(String service, int daysAgo, String lateReason) {
        Instant received = TODAY.minusDays(daysAgo).atTime(9, 0).atZone(LONDON).toInstant();
        return new NewCase(
                CaseKind.COMPLAINT,
                Channel.LETTER,
                service,
                new NewCase.CustomerDetails("Rose Hill", null, null, "2 Station Road", PreferredContact.POST, null),
                "My letter about the heating went unanswered.",
                null,
                received,
                null,
                lateReason);
    }
}
