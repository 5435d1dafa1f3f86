package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer who asked for letters or calls, and gave no email address, checks on their complaint with its
 * reference and their postcode or phone number, and asks for stage 2 the same way. Nothing else shows it.
 */
class TrackingWithoutEmailIT extends IntegrationTestBase {

    @Autowired
    CaseTracking tracking;

    @Autowired
    FrontlineSteps frontline;

    @Test
    void theReferenceWithThePostcodeOrThePhoneNumberShowsTheComplaint() {
        at(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        String reference = complaintByPost().getReference();

        assertThat(tracking.find(reference, "ab1 2cd", "198.51.100.21").reference())
                .isEqualTo(reference);
        assertThat(tracking.find(reference, "+44 1632 960123", "198.51.100.21").reference())
                .isEqualTo(reference);
        for (String wrong : new String[] {"AB1 2CE", "AB1", "01632 960124", "Anytown"}) {
            assertThatThrownBy(() -> tracking.find(reference, wrong, "198.51.100.22"))
                    .as(wrong)
                    .isInstanceOf(CaseNotFoundException.class);
        }
    }

    @Test
    void theCustomerAsksForStage2WithTheirPostcode() {
        at(LocalDate.of(2026, 11, 4), LocalTime.of(10, 0));
        String reference = complaintByPost().getReference();
        frontline.respond(
                taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "The bin was emptied on the day.", null, null, null),
                olivia);

        TrackedCase asked =
                tracking.askForStage2(reference, "AB1 2CD", "The bin was not emptied at all.", "198.51.100.23");

        assertThat(asked.status()).isEqualTo(CaseStatus.ESCALATION_REQUESTED);
        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.ESCALATION_REQUESTED);
        assertThat(timelineText(reference)).anyMatch(line -> line.contains("The bin was not emptied at all."));
    }

    private CaseFile complaintByPost() {
        return intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.LETTER,
                        "housing",
                        new NewCase.CustomerDetails(
                                "Lee Letter",
                                null,
                                "01632 960123",
                                "1 High Street\nAnytown\nAB1 2CD",
                                PreferredContact.POST,
                                null),
                        "Nobody came to fix the door.",
                        "Fix the door.",
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
    }
}
