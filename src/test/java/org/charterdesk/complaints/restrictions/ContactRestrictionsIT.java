package org.charterdesk.complaints.restrictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.FurtherContacts;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.ProcessCoverage;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepRefusedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager restricts a customer's contact under the policy on unacceptable actions: the customer is written to,
 * staff see it on any of the customer's cases (the behaviour only managers), intake keeps a new complaint about the
 * decided matter on that complaint, and the review on its date extends, varies and finally lifts it.
 */
class ContactRestrictionsIT extends IntegrationTestBase {

    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);

    /** The customer these tests restrict: an email and phone of this test run only (a rerun gets new ones), as no other test's customer has. */
    private final long run = System.nanoTime() % 1_000_000;

    private final NewCase.CustomerDetails RAY = new NewCase.CustomerDetails(
            "Ray Rest", "ray.rest." + run + "@example.com", "0770 " + run, null, PreferredContact.EMAIL, null);

    @Autowired
    ContactRestrictions restrictions;

    @Autowired
    RestrictionViews views;

    @Autowired
    RestrictionReviews reviews;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    ComplaintIntake complaintIntake;

    @Autowired
    FurtherContacts furtherContacts;

    @Test
    void aRestrictionIsPutAppliedAtIntakeReviewedAndLifted() {
        at(MON_2_NOV);
        String decided = complaintFrom("housing");
        frontline.respond(
                taskId(decided, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null),
                olivia);
        RestrictionInput input = new RestrictionInput(
                "Unreasonable persistence",
                "Rang 40 times in a week about the same repair.",
                Set.of(RestrictionKind.ONE_CONTACT, RestrictionKind.NO_NEW_COMPLAINT),
                "olivia",
                null,
                decided,
                MON_2_NOV,
                LocalDate.of(2027, 2, 1));

        assertThatThrownBy(() -> restrictions.impose(decided, input, olivia)).isInstanceOf(StepRefusedException.class);
        assertThatThrownBy(() -> restrictions.impose(
                        decided,
                        new RestrictionInput(
                                "Being rude",
                                "x",
                                input.kinds(),
                                "olivia",
                                null,
                                "CMP-1999-000001",
                                MON_2_NOV.minusDays(1),
                                MON_2_NOV.minusDays(2)),
                        max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsKeys("behaviour", "decidedMatter", "startsOn", "reviewOn"));
        restrictions.impose(decided, input, max);

        Notification letter = notificationsOf(decided).stream()
                .filter(n -> n.getType() == NotificationType.CONTACT_RESTRICTION)
                .findFirst()
                .orElseThrow();
        assertThat(letter.getBodyText())
                .contains("because of unreasonable persistence")
                .contains("You may contact us only through Olivia Grant")
                .contains("We will not open a new complaint about the matter of your complaint " + decided)
                .contains("We will review this on Monday 1 February 2027")
                .contains("write to the Head of Customer Services")
                .doesNotContain("Rang 40 times");
        assertThat(views.onCustomerOf(decided, olivia)).hasValueSatisfying(r -> {
            assertThat(r.behaviour()).isNull();
            assertThat(r.restricts()).hasSize(2);
        });
        assertThat(views.onCustomerOf(decided, max))
                .hasValueSatisfying(r -> assertThat(r.behaviourDetails()).contains("40 times"));
        assertThat(timelineText(decided)).anyMatch(t -> t.startsWith("Max Fraser restricted the customer's contact"));
        assertThatThrownBy(() -> restrictions.impose(decided, input, max)).hasMessageContaining("already restricted");

        // A new complaint to housing is kept on the decided one, and Olivia hears; one to waste opens a case.
        ComplaintIntake.Receipt kept = complaintIntake.log(webComplaintInput("housing"), Optional.empty());
        assertThat(kept.addedToDecidedComplaint()).isTrue();
        // The public form does not tell whoever typed the email address the customer's reference.
        assertThat(kept.reference()).isNull();
        assertThat(furtherContacts.of(decided, olivia))
                .singleElement()
                .satisfies(c -> assertThat(c.whatHappened()).isEqualTo("The same repair again."));
        assertThat(notificationsOf(decided))
                .filteredOn(
                        n -> n.getType() == NotificationType.CONTACT_RESTRICTION && "olivia".equals(n.getRecipient()))
                .hasSize(1);
        ComplaintIntake.Receipt byStaff = complaintIntake.log(byPhone(webComplaintInput("housing")), Optional.of(fran));
        assertThat(byStaff.addedToDecidedComplaint()).isTrue();
        assertThat(byStaff.reference()).isEqualTo(decided);
        ComplaintIntake.Receipt waste = complaintIntake.log(webComplaintInput("waste"), Optional.empty());
        assertThat(waste.addedToDecidedComplaint()).isFalse();
        assertThat(waste.reference()).isNotEqualTo(decided);
        assertThat(views.onCustomerOf(waste.reference(), wendy)).isPresent();
        assertThat(views.current(max)).extracting(Restriction::caseReference).contains(decided);
        assertThat(views.current(wendy)).isEmpty();

        long id = jdbc.queryForObject(
                "select id from contact_restriction where case_id = ?",
                Long.class,
                reload(decided).getId());
        String key = "restriction-" + id;
        ProcessInstance pi = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult();
        BpmnAwareTests.assertThat(pi).isWaitingAt("ReviewDateComes");

        // First review: extended. Second: varied to written contact only. Third: lifted, and the customer told.
        at(LocalDate.of(2027, 2, 1), LocalTime.of(7, 1));
        runDueJobs(key);
        assertThatThrownBy(() -> reviews.review(
                        reviewTask(id),
                        new ReviewInput(ReviewOutcome.EXTEND, "Still ringing", LocalDate.of(2027, 1, 1), null),
                        max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextReviewOn"));
        reviews.review(
                reviewTask(id),
                new ReviewInput(ReviewOutcome.EXTEND, "Still ringing daily", LocalDate.of(2027, 5, 3), null),
                max);
        BpmnAwareTests.assertThat(pi).isWaitingAt("ReviewDateComes");
        at(LocalDate.of(2027, 5, 3), LocalTime.of(8, 0));
        runDueJobs(key);
        reviews.review(
                reviewTask(id),
                new ReviewInput(
                        ReviewOutcome.VARY,
                        "Calls have stopped; letters are fine",
                        LocalDate.of(2027, 8, 2),
                        new RestrictionInput(
                                "Unreasonable persistence",
                                "Rang 40 times in a week.",
                                Set.of(RestrictionKind.WRITTEN_ONLY),
                                null,
                                null,
                                null,
                                LocalDate.of(2027, 5, 3),
                                LocalDate.of(2027, 8, 2))),
                max);
        assertThat(views.onCustomerOf(decided, max).orElseThrow().restricts())
                .containsExactly("You may contact us only in writing (letter or email)");
        at(LocalDate.of(2027, 8, 2), LocalTime.of(8, 0));
        runDueJobs(key);
        reviews.review(
                reviewTask(id), new ReviewInput(ReviewOutcome.LIFT, "No contact for three months", null, null), max);

        BpmnAwareTests.assertThat(pi)
                .hasPassed("TellCustomerLifted", "RestrictionLifted")
                .isEnded();
        assertThat(views.onCustomerOf(decided, max)).isEmpty();
        assertThat(notificationsOf(decided))
                .filteredOn(n -> n.getSubject() != null && n.getSubject().startsWith("We have lifted the limits"))
                .hasSize(1);
        assertThat(timelineText(decided))
                .anyMatch(t -> t.equals("Max Fraser reviewed the contact restriction: lift it"));
    }

    @AfterAll
    static void everyElementOfTheRestrictionProcessRan(@Autowired ProcessEngine engine) {
        assertThat(ProcessCoverage.assertEveryElementRan(engine, "contact-restriction"))
                .isEqualTo(7);
    }

    private String reviewTask(long id) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey("restriction-" + id)
                .taskDefinitionKey("ReviewRestriction")
                .singleResult()
                .getId();
    }

    /** A complaint by phone from the customer these tests restrict, and from no other test's customer. */
    private String complaintFrom(String service) {
        return intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.PHONE,
                                service,
                                RAY,
                                "The repair was not done.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran))
                .getReference();
    }

    private static NewCase byPhone(NewCase input) {
        return new NewCase(
                input.kind(),
                Channel.PHONE,
                input.service(),
                input.customer(),
                input.whatHappened(),
                input.outcomeSought(),
                null,
                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null));
    }

    private NewCase webComplaintInput(String service) {
        return new NewCase(CaseKind.COMPLAINT, null, service, RAY, "The same repair again.", null, null, null);
    }
}
