package org.charterdesk.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every charter deadline of the procedure warns when it is at risk and when it is broken: each timer fires at
 * the date the working-day calendar gave, marks the case, writes the timeline and puts notifications in the
 * outbox, once, however often the jobs run.
 */
class DeadlineTimersIT extends IntegrationTestBase {

    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);

    @Autowired
    FrontlineSteps frontline;
    @Autowired
    InvestigationSteps investigation;
    @Autowired
    ManagerDecisions decisions;
    @Autowired
    EscalationRequests escalations;
    @Autowired
    CaseTasks tasks;

    @Test
    void triage() {
        at(MON_2_NOV);
        String ref = webComplaint("housing", "late@example.com").getReference();
        assertWarnings(ref, DeadlineKind.STAGE_1_RESPONSE, "WarnTriageAtRisk", "WarnTriageOverdue",
                List.of("housing-officers", "intake"));
    }

    @Test
    void stage1AcknowledgementUnderTheCode() {
        at(MON_2_NOV);
        String ref = phoneComplaint(CODE_SERVICE, null).getReference();
        assertWarnings(ref, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT, "WarnStage1AcknowledgementAtRisk",
                "WarnStage1AcknowledgementOverdue", List.of("housing-england-officers"));
    }

    @Test
    void stage1ResponseHeldByAnOfficerWarnsThatOfficer() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        tasks.claim(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), olivia);
        assertWarnings(ref, DeadlineKind.STAGE_1_RESPONSE, "WarnStage1ResponseAtRisk", "WarnStage1ResponseOverdue",
                List.of("olivia"));
    }

    @Test
    void decisionOnARequestForStage2() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), ComplaintProcessIT.notUpheld(), olivia);
        escalations.request(ref, new EscalationRequest("pat.jones@example.com", "Unhappy"), Optional.empty());
        assertWarnings(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT, "WarnEscalationDecisionAtRisk",
                "WarnEscalationDecisionOverdue", List.of("housing-managers"));
    }

    @Test
    void stage2Acknowledgement() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), ComplaintProcessIT.notUpheld(), olivia);
        escalations.request(ref, new EscalationRequest("pat.jones@example.com", "Unhappy"), Optional.empty());
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        assertWarnings(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT, "WarnStage2AcknowledgementAtRisk",
                "WarnStage2AcknowledgementOverdue", List.of("housing-officers"));
    }

    @Test
    void stage2Response() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), ComplaintProcessIT.notUpheld(), olivia);
        escalations.request(ref, new EscalationRequest("pat.jones@example.com", "Unhappy"), Optional.empty());
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        investigation.acknowledge(taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("The repair"), null), harry);
        assertWarnings(ref, DeadlineKind.STAGE_2_RESPONSE, "WarnStage2ResponseAtRisk", "WarnStage2ResponseOverdue",
                List.of("housing-officers"));
    }

    private void assertWarnings(String ref, DeadlineKind kind, String atRiskTask, String overdueTask,
            List<String> holders) {
        ProcessInstance pi = instance(ref);
        CaseDeadline deadline = deadline(ref, kind);
        assertThat(reload(ref).getCharterFlag()).isEqualTo(CharterFlag.ON_TRACK);

        at(deadline.getAtRiskOn(), LocalTime.of(6, 59));
        assertThat(runDueJobs(ref)).isZero();
        at(deadline.getAtRiskOn(), LocalTime.of(7, 1));
        runDueJobs(ref);
        BpmnAwareTests.assertThat(pi).hasPassed(atRiskTask).hasNotPassed(overdueTask);
        assertThat(reload(ref).getCharterFlag()).isEqualTo(CharterFlag.AT_RISK);
        assertThat(deadline(ref, kind).getAtRiskWarnedAt()).isNotNull();
        List<Notification> atRisk = sent(ref, NotificationType.STEP_AT_RISK);
        assertThat(atRisk).extracting(Notification::getRecipient)
                .containsExactlyInAnyOrderElementsOf(concat(holders, "housing".equals(serviceOf(ref))
                        ? "housing-managers" : "housing-england-managers"));
        assertThat(atRisk).allSatisfy(n -> assertThat(n.getDeadlineKind()).isEqualTo(kind.name()));
        assertThat(atRisk).filteredOn(n -> holders.contains(n.getRecipient()) && holders.contains("olivia"))
                .allSatisfy(n -> assertThat(n.getAudience()).isEqualTo(Audience.STAFF_MEMBER));

        at(deadline.getDueOn(), LocalTime.of(23, 59));
        assertThat(runDueJobs(ref)).isZero();
        at(deadline.getDueOn().plusDays(1), LocalTime.of(0, 1));
        runDueJobs(ref);
        BpmnAwareTests.assertThat(pi).hasPassed(overdueTask);
        assertThat(reload(ref).getCharterFlag()).isEqualTo(CharterFlag.OVERDUE);
        assertThat(deadline(ref, kind).getBreachedAt()).isNotNull();
        assertThat(sent(ref, NotificationType.STEP_BREACHED)).singleElement()
                .satisfies(n -> assertThat(n.getRecipient()).endsWith("-managers"));

        at(deadline.getDueOn().plusDays(3), LocalTime.NOON);
        assertThat(runDueJobs(ref)).isZero();
        assertThat(timeline(ref)).filteredOn(t -> t == EventType.AT_RISK).hasSize(1);
        assertThat(timeline(ref)).filteredOn(t -> t == EventType.BREACHED).hasSize(1);
        assertThat(sent(ref, NotificationType.STEP_AT_RISK)).hasSameSizeAs(atRisk);
    }

    private List<Notification> sent(String ref, NotificationType type) {
        return notificationsOf(ref).stream().filter(n -> n.getType() == type).toList();
    }

    private String serviceOf(String ref) {
        return reload(ref).serviceCode();
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).distinct().toList();
    }
}
