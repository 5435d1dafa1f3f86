package org.charterdesk.complaints.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.ProcessCoverage;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the {@code complaint-ombudsman} process, driven as staff drive it: the ombudsman takes up a closed
 * complaint, asks for information (answered in time, or late after its warnings), gets a submission that a manager
 * sends back and then signs off, decides each way, and makes recommendations that are carried out on time or late.
 * Dates are Scotland's, November and December 2026 (Monday 30 November is St Andrew's Day).
 */
class OmbudsmanProcessIT extends IntegrationTestBase {

    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);

    @Autowired
    OmbudsmanReferrals referrals;

    @Autowired
    OmbudsmanSteps steps;

    @Autowired
    OmbudsmanCases ombudsmanCases;

    @Autowired
    FrontlineSteps frontline;

    @Test
    void aRequestAnsweredInTimeASubmissionSentBackThenSignedOffAndRecommendationsOnTimeAndLate() {
        String ref = closedComplaint();
        assertThatThrownBy(() -> referrals.takenUp(ref, referral("nobody"), olivia))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("body"));
        assertThatThrownBy(() -> referrals.takenUp(ref, referral("spso"), wendy))
                .isInstanceOf(CaseAccessDeniedException.class);
        referrals.takenUp(ref, referral("spso"), olivia);
        assertThatThrownBy(() -> referrals.takenUp(ref, referral("spso"), olivia))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("already looking");
        ProcessInstance pi = ombudsman(ref);
        BpmnAwareTests.assertThat(pi).isWaitingAt("PrepareSubmission");
        assertThat(timelineText(ref))
                .anyMatch(t -> t.contains("the Scottish Public Services Ombudsman has taken up the complaint")
                        || t.contains("Scottish Public Services Ombudsman has taken up the complaint"));

        // A request on Monday 2 November for 10 working days is due Monday 16 November; answered on the 11th.
        referrals.requestReceived(
                ref, new RequestInput("The complaint file", MON_2_NOV, 10, DayBasis.WORKING_DAYS), olivia);
        Task answer = step(ref, "AnswerOmbudsmanRequest");
        assertThat(answer.getDueDate().toInstant()).isEqualTo(london(LocalDate.of(2026, 11, 16), LocalTime.of(23, 59)));
        at(LocalDate.of(2026, 11, 11));
        steps.answerRequest(answer.getId(), "Sent the file and the chronology.", olivia);
        BpmnAwareTests.assertThat(pi).hasPassed("OmbudsmanRequestAnswered").hasNotPassed("WarnOmbudsmanRequestAtRisk");

        steps.submit(step(ref, "PrepareSubmission").getId(), "We followed our repairs policy.", olivia);
        String signOff = step(ref, "SignOffSubmission").getId();
        assertThatThrownBy(() -> steps.signOff(signOff, true, null, harry)).isInstanceOf(StepRefusedException.class);
        assertThatThrownBy(() -> steps.signOff(signOff, false, " ", max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("comments"));
        steps.signOff(signOff, false, "Add the dates of each visit.", max);
        BpmnAwareTests.assertThat(pi).hasPassed("SubmissionSignedOffGateway").isWaitingAt("PrepareSubmission");
        // The team heard of the request, and the managers of the submission to sign off.
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.OMBUDSMAN_REQUEST)
                .extracting(Notification::getRecipient)
                .containsExactly("housing-officers", "housing-managers");
        assertThat(step(ref, "PrepareSubmission").getAssignee()).isNull();
        steps.submit(step(ref, "PrepareSubmission").getId(), "We followed our policy; visits on 3 and 9 Oct.", olivia);
        steps.signOff(step(ref, "SignOffSubmission").getId(), true, null, max);

        at(LocalDate.of(2026, 11, 20));
        steps.recordDecision(
                step(ref, "RecordOmbudsmanDecision").getId(),
                new org.charterdesk.complaints.ombudsman.DecisionInput(
                        OmbudsmanDecision.UPHELD,
                        LocalDate.of(2026, 11, 19),
                        "The repair took too long.",
                        List.of(
                                new RecommendationInput("Apologise in writing", "olivia", LocalDate.of(2026, 11, 27)),
                                new RecommendationInput(
                                        "Review the repairs policy", "harry", LocalDate.of(2026, 12, 4)))),
                olivia);
        BpmnAwareTests.assertThat(pi).isWaitingAt("DoRecommendation");
        assertThat(openSteps(ref, "DoRecommendation"))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("olivia", "harry");
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.STEP_ASSIGNED)
                .extracting(Notification::getRecipient)
                .contains("harry");

        // Olivia's: done on time and approved, the ombudsman told.
        Task olivias = openSteps(ref, "DoRecommendation").stream()
                .filter(t -> "olivia".equals(t.getAssignee()))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> steps.recommendationDone(olivias.getId(), "Letter sent", harry))
                .isInstanceOf(StepTakenException.class);
        at(LocalDate.of(2026, 11, 25));
        steps.recommendationDone(olivias.getId(), "Letter of apology sent on 25 November.", olivia);
        assertThatThrownBy(() -> steps.approveRecommendation(
                        step(ref, "ApproveRecommendation").getId(), true, null, null, max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("toldOmbudsmanOn"));
        steps.approveRecommendation(
                step(ref, "ApproveRecommendation").getId(), true, LocalDate.of(2026, 11, 25), null, max);

        // Harry's: overdue (flagged and emailed once), sent back once, then approved.
        at(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0));
        runDueJobs(ref + "/ombudsman");
        runDueJobs(ref + "/ombudsman");
        BpmnAwareTests.assertThat(pi).hasPassed("FlagOverdueRecommendation");
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.RECOMMENDATION_OVERDUE)
                .extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder("harry", "housing-managers");
        steps.recommendationDone(step(ref, "DoRecommendation").getId(), "Draft policy written.", harry);
        steps.approveRecommendation(
                step(ref, "ApproveRecommendation").getId(), false, null, "Not yet approved by the board", max);
        BpmnAwareTests.assertThat(pi).isWaitingAt("DoRecommendation");
        at(LocalDate.of(2026, 12, 9));
        steps.recommendationDone(
                step(ref, "DoRecommendation").getId(), "Board approved the policy on 8 December.", harry);
        steps.approveRecommendation(
                step(ref, "ApproveRecommendation").getId(), true, LocalDate.of(2026, 12, 9), null, max);

        BpmnAwareTests.assertThat(pi)
                .hasPassed("RecommendationComplete", "CloseOmbudsmanCase", "OmbudsmanCaseClosed")
                .isEnded();
        OmbudsmanCase shown = ombudsmanCases.of(ref, max).orElseThrow();
        assertThat(shown.decision()).isEqualTo(OmbudsmanDecision.UPHELD);
        assertThat(shown.closedOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(shown.signedOffByName()).isEqualTo("Max Fraser");
        assertThat(shown.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.late()).isFalse());
        assertThat(shown.recommendations())
                .extracting(OmbudsmanCase.Item::what, OmbudsmanCase.Item::toldOmbudsmanOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Apologise in writing", LocalDate.of(2026, 11, 25)),
                        org.assertj.core.groups.Tuple.tuple("Review the repairs policy", LocalDate.of(2026, 12, 9)));
    }

    @Test
    void aRequestAnsweredLateIsWarnedAtRiskAndOverdueOnce() {
        String ref = closedComplaint();
        referrals.takenUp(ref, referral("spso"), olivia);
        // 14 calendar days from Monday 2 November: due Monday 16; at risk 2 working days before, Thursday 12.
        referrals.requestReceived(
                ref, new RequestInput("Copies of the letters", MON_2_NOV, 14, DayBasis.CALENDAR_DAYS), olivia);
        ProcessInstance pi = ombudsman(ref);
        at(LocalDate.of(2026, 11, 12), LocalTime.of(6, 59));
        assertThat(runDueJobs(ref + "/ombudsman")).isZero();
        at(LocalDate.of(2026, 11, 12), LocalTime.of(7, 1));
        runDueJobs(ref + "/ombudsman");
        BpmnAwareTests.assertThat(pi).hasPassed("WarnOmbudsmanRequestAtRisk", "OmbudsmanRequestAtRiskRecorded");
        at(LocalDate.of(2026, 11, 17), LocalTime.of(0, 1));
        runDueJobs(ref + "/ombudsman");
        BpmnAwareTests.assertThat(pi).hasPassed("WarnOmbudsmanRequestOverdue", "OmbudsmanRequestOverdueRecorded");
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.STEP_AT_RISK)
                .extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder("housing-officers", "housing-managers");
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.STEP_BREACHED)
                .hasSize(2);

        steps.answerRequest(step(ref, "AnswerOmbudsmanRequest").getId(), "Sent the letters.", olivia);
        assertThat(timelineText(ref))
                .anyMatch(t -> t.contains("answered the ombudsman's request (after its deadline)"));
        assertThat(ombudsmanCases.of(ref, olivia).orElseThrow().requests())
                .singleElement()
                .satisfies(r -> assertThat(r.late()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(OmbudsmanDecision.class)
    void aDecisionWithNoRecommendationsClosesTheOmbudsmanCase(OmbudsmanDecision decision) {
        String ref = closedComplaint();
        referrals.takenUp(ref, referral("spso"), olivia);
        ProcessInstance pi = ombudsman(ref);
        steps.submit(step(ref, "PrepareSubmission").getId(), "Our view.", olivia);
        steps.signOff(step(ref, "SignOffSubmission").getId(), true, null, max);
        steps.recordDecision(
                step(ref, "RecordOmbudsmanDecision").getId(),
                new org.charterdesk.complaints.ombudsman.DecisionInput(decision, MON_2_NOV, null, List.of()),
                olivia);
        BpmnAwareTests.assertThat(pi)
                .hasPassed("AnyRecommendationsGateway", "CloseOmbudsmanCase", "OmbudsmanCaseClosed")
                .hasNotPassed("CarryOutRecommendations")
                .isEnded();
        assertThat(ombudsmanCases.of(ref, olivia).orElseThrow().decision()).isEqualTo(decision);
        assertThat(timelineText(ref))
                .anyMatch(t -> t.contains("The ombudsman's decision of Monday 2 November 2026: "
                        + decision.displayName().toLowerCase()));
    }

    /** Every element of the model was executed by the tests above. */
    @AfterAll
    static void everyElementOfTheOmbudsmanProcessWasExecuted(@Autowired ProcessEngine engine) {
        assertThat(ProcessCoverage.assertEveryElementRan(engine, "complaint-ombudsman"))
                .isGreaterThan(20);
    }

    private String closedComplaint() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null),
                olivia);
        return ref;
    }

    private static ReferralInput referral(String body) {
        return new ReferralInput(body, "SPSO-2026-0042", MON_2_NOV);
    }

    private ProcessInstance ombudsman(String ref) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ref + "/ombudsman")
                .singleResult();
    }

    private Task step(String ref, String key) {
        List<Task> open = openSteps(ref, key);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private List<Task> openSteps(String ref, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ref + "/ombudsman")
                .taskDefinitionKey(key)
                .list();
    }
}
