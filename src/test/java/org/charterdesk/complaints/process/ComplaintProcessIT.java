package org.charterdesk.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CaseTracking;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.TrackedCase;
import org.charterdesk.complaints.WithdrawalInput;
import org.charterdesk.complaints.Withdrawals;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineChangedException;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.DeadlineStatus;
import org.charterdesk.complaints.information.AnswerHow;
import org.charterdesk.complaints.information.AnswerInput;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.QuestionInput;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.CustomerQuestions;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.complaints.steps.TriageStep;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.ProcessCoverage;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the {@code complaint} process, driven as staff and customers drive it: through the step
 * services, with the engine's clock moved to make timers fall due. Dates are real: Scotland, November 2026
 * (Monday 30 November is St Andrew's Day).
 */
class ComplaintProcessIT extends IntegrationTestBase {

    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);

    @Autowired
    TriageStep triage;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    InvestigationSteps investigation;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    StageDecisionRepository stageDecisions;

    @Autowired
    Withdrawals withdrawals;

    @Autowired
    CaseTasks caseTasks;

    @Autowired
    CaseTracking tracking;

    @Autowired
    ComplaintFigures figures;

    @Test
    void webComplaintIsTriagedAnsweredAtStage1AndClosedWhenTheTimeToAskForStage2Passes() {
        at(MON_2_NOV);
        CaseFile c = webComplaint("housing", "sam@example.com");
        String ref = c.getReference();
        ProcessInstance pi = instance(ref);
        BpmnAwareTests.assertThat(pi).isWaitingAt("TriageContact");
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 11, 9));

        triage.complete(
                taskId(ref, ComplaintStep.TRIAGE_CONTACT),
                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null),
                olivia);
        BpmnAwareTests.assertThat(pi).hasPassed("TriageContact", "StartStage1").isWaitingAt("RespondAtFrontline");
        assertThat(reload(ref).getStage()).isEqualTo(Stage.STAGE_1);
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);

        at(LocalDate.of(2026, 11, 4));
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);
        BpmnAwareTests.assertThat(pi)
                .hasPassed("SendStage1Decision", "CloseAtStage1")
                .hasNotPassed("RecordStage1Apology")
                .isWaitingAt("AwaitCustomer");
        CaseFile closed = reload(ref);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getClosedAtStage()).isEqualTo(Stage.STAGE_1);
        assertThat(closed.getStage1Handler()).isEqualTo("olivia");
        CaseDeadline response = deadline(ref, DeadlineKind.STAGE_1_RESPONSE);
        assertThat(response.getStatus()).isEqualTo(DeadlineStatus.COMPLETED);
        assertThat(response.wasMet()).isTrue();
        assertThat(notificationsOf(ref))
                .extracting(n -> n.getType())
                .contains(NotificationType.COMPLAINT_RECEIVED, NotificationType.DECISION, NotificationType.CASE_CLOSED);

        // Two months after the decision of Wednesday 4 November, the last day to ask is Monday 4 January 2027.
        at(LocalDate.of(2027, 1, 4), LocalTime.of(23, 0));
        assertThat(runDueJobs(ref)).isZero();
        at(LocalDate.of(2027, 1, 5), LocalTime.of(9, 0));
        runDueJobs(ref);
        BpmnAwareTests.assertThat(pi).hasPassed("RecordWindowClosed").isEnded();
        BpmnAwareTests.assertThat(pi).hasPassed("ClosedAtStage1");
        assertThat(timeline(ref))
                .containsSubsequence(
                        EventType.RECEIVED,
                        EventType.TRIAGED,
                        EventType.STAGE_STARTED,
                        EventType.RESPONSE_DRAFTED,
                        EventType.DECISION_SENT,
                        EventType.CLOSED,
                        EventType.ESCALATION_WINDOW_CLOSED);
        assertThatThrownBy(() -> escalations.request(
                        ref, new EscalationRequest("sam@example.com", "Still unhappy"), Optional.empty()))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("ended on Monday 4 January 2027");
    }

    @Test
    void aServiceRequestFoundAtTriageIsClosedAsNotAComplaintWithTheReason() {
        at(MON_2_NOV);
        String ref = webComplaint("waste", "sam@example.com").getReference();
        ProcessInstance pi = instance(ref);
        triage.complete(
                taskId(ref, ComplaintStep.TRIAGE_CONTACT),
                new NewCase.TriageFacts(MatterType.SERVICE_REQUEST, false, false, false, "Missed bin report"),
                fran);
        BpmnAwareTests.assertThat(pi).hasPassed("CloseAsNotAComplaint").isEnded();
        BpmnAwareTests.assertThat(pi).hasPassed("ClosedNotAComplaint");
        CaseFile c = reload(ref);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NOT_A_COMPLAINT);
        assertThat(c.getMatterType()).isEqualTo(MatterType.SERVICE_REQUEST);
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getStatus()).isEqualTo(DeadlineStatus.WITHDRAWN);
        assertThat(timelineText(ref)).anyMatch(t -> t.contains("passed it to the service") && t.contains("Missed bin"));
        assertThat(notificationsOf(ref)).extracting(n -> n.getType()).contains(NotificationType.NOT_A_COMPLAINT);
    }

    @Test
    void aFreedomOfInformationRequestLoggedByStaffNeverReachesAnOfficer() {
        at(MON_2_NOV);
        CaseFile c = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.EMAIL,
                        "roads",
                        customer("Ken Adams", "ken@example.com"),
                        "How many potholes were fixed last year?",
                        null,
                        null,
                        new NewCase.TriageFacts(MatterType.FOI_REQUEST, false, false, false, null)),
                Optional.of(fran));
        ProcessInstance pi = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(c.getReference())
                .singleResult();
        assertThat(pi).isNull();
        assertThat(reload(c.getReference()).getStatus()).isEqualTo(CaseStatus.NOT_A_COMPLAINT);
        assertThat(
                        engine
                                .getHistoryService()
                                .createHistoricActivityInstanceQuery()
                                .activityId("TriageContact")
                                .list()
                                .stream()
                                .noneMatch(a -> a.getProcessInstanceId().equals(historicId(c.getReference()))))
                .isTrue();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(c.getReference())
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("ClosedNotAComplaint");
    }

    @Test
    void anUpheldResponseNeedsAnApologyAndRecordsIt() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        String task = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);

        assertThatThrownBy(() -> frontline.respond(
                        task, new DecisionInput(Outcome.UPHELD, "You were right.", " ", null, null), olivia))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("apology"));
        assertThat(stageDecisions.findByCaseIdAndStage(reload(ref).getId(), Stage.STAGE_1))
                .isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAt("RespondAtFrontline");

        frontline.respond(task, upheld(), olivia);
        BpmnAwareTests.assertThat(pi)
                .hasPassed("RecordStage1Apology", "CloseAtStage1")
                .isWaitingAt("AwaitCustomer");
        assertThat(timeline(ref))
                .containsSubsequence(EventType.DECISION_SENT, EventType.APOLOGY_GIVEN, EventType.CLOSED);
        assertThat(stageDecisions
                        .findByCaseIdAndStage(reload(ref).getId(), Stage.STAGE_1)
                        .orElseThrow()
                        .getApology())
                .isEqualTo("We are sorry.");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndItsTimersWithinTheCharterLimit() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        assertThat(timerDue(pi, "Stage1ResponseAtRisk"))
                .isEqualTo(london(LocalDate.of(2026, 11, 6), LocalTime.of(7, 0)));
        at(LocalDate.of(2026, 11, 4));

        frontline.requestExtension(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new ExtensionInput(3, "We are waiting for a contractor's report"),
                olivia);
        BpmnAwareTests.assertThat(pi).isWaitingAt("DecideStage1Extension");
        assertThatThrownBy(() -> decisions.decideExtension(
                        taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION), ManagerDecision.approved(), olivia))
                .isInstanceOf(StepRefusedException.class);
        decisions.decideExtension(taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION), ManagerDecision.approved(), max);

        BpmnAwareTests.assertThat(pi).hasPassed("MoveStage1Deadline").isWaitingAt("RespondAtFrontline");
        // The step goes back to the officer who asked for the time, not to the team.
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE))
                        .singleResult()
                        .getAssignee())
                .isEqualTo("olivia");
        CaseDeadline moved = deadline(ref, DeadlineKind.STAGE_1_RESPONSE);
        assertThat(moved.getOriginalDueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(moved.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(moved.getExtensionDays()).isEqualTo(3);
        assertThat(timerDue(pi, "Stage1ResponseAtRisk"))
                .isEqualTo(london(LocalDate.of(2026, 11, 11), LocalTime.of(7, 0)));
        assertThat(timerDue(pi, "Stage1ResponseOverdue"))
                .isEqualTo(london(LocalDate.of(2026, 11, 13), LocalTime.MIDNIGHT));
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.EXTENSION_APPROVED)
                .singleElement()
                .satisfies(n -> assertThat(n.getSummary()).contains("Thursday 12 November 2026"));

        // The old at-risk moment passes quietly.
        at(LocalDate.of(2026, 11, 6), LocalTime.of(8, 0));
        assertThat(runDueJobs(ref)).isZero();

        // The charter allows 5 extra working days at stage 1 under the Scottish model: 2 are left.
        assertThatThrownBy(() -> frontline.requestExtension(
                        taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), new ExtensionInput(3, "More time"), olivia))
                .isInstanceOf(DeadlineChangedException.class)
                .hasMessageContaining("at most 2 more working days");
        BpmnAwareTests.assertThat(pi).isWaitingAt("RespondAtFrontline");
    }

    @Test
    void aDeclinedExtensionNeedsAReasonAndKeepsTheDeadline() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        frontline.requestExtension(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), new ExtensionInput(2, "Holiday cover"), olivia);
        String decision = taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION);

        assertThatThrownBy(() -> decisions.decideExtension(decision, ManagerDecision.declined(""), max))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        decisions.decideExtension(decision, ManagerDecision.declined("Holiday cover is not exceptional"), max);

        BpmnAwareTests.assertThat(pi).hasNotPassed("MoveStage1Deadline").isWaitingAt("RespondAtFrontline");
        BpmnAwareTests.assertThat(pi).task().isAssignedTo("olivia");
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(timeline(ref)).contains(EventType.EXTENSION_DECLINED).doesNotContain(EventType.DEADLINE_MOVED);
    }

    @Test
    void anApprovedEscalationGoesThroughStage2WithASendBackToASignedOffApology() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        at(LocalDate.of(2026, 11, 4));
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);

        at(LocalDate.of(2026, 11, 10));
        assertThatThrownBy(() -> escalations.request(
                        ref, new EscalationRequest("wrong@example.com", "Unhappy"), Optional.empty()))
                .isInstanceOf(CaseNotFoundException.class);
        escalations.request(
                ref, new EscalationRequest(" PAT.JONES@example.com ", "Nobody has fixed it"), Optional.empty());
        BpmnAwareTests.assertThat(pi).hasPassed("EscalationRequested").isWaitingAt("DecideEscalation");
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.ESCALATION_REQUESTED);
        assertThat(deadline(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT).getDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 13));
        assertThatThrownBy(() -> escalations.request(
                        ref, new EscalationRequest("pat.jones@example.com", "Again"), Optional.empty()))
                .isInstanceOf(ProcedureConflictException.class);

        at(LocalDate.of(2026, 11, 11));
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        BpmnAwareTests.assertThat(pi).hasPassed("StartStage2").isWaitingAt("AcknowledgeStage2");
        CaseFile atStage2 = reload(ref);
        assertThat(atStage2.getStage()).isEqualTo(Stage.STAGE_2);
        assertThat(atStage2.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(atStage2.getStage2StartedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        // 20 working days from Tuesday 10 November, skipping St Andrew's Day.
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 12, 9));

        at(LocalDate.of(2026, 11, 12));
        investigation.acknowledge(
                taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("The repair was not done", "Nobody called back"), "The repair done"),
                harry);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Investigate");
        assertThat(deadline(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT).wasMet()).isTrue();

        String investigate = taskId(ref, ComplaintStep.INVESTIGATE);
        assertThatThrownBy(() -> investigation.submit(
                        investigate, new InvestigationInput(List.of("Only one finding"), partlyUpheld()), harry))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("findings"));
        investigation.submit(
                investigate, new InvestigationInput(List.of("Not done", "No call back"), partlyUpheld()), harry);
        BpmnAwareTests.assertThat(pi).isWaitingAt("SignOffFinalResponse");

        decisions.signOffFinalResponse(
                taskId(ref, ComplaintStep.SIGN_OFF_FINAL_RESPONSE),
                ManagerDecision.declined("Say when the repair will be done"),
                max);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Investigate");
        investigation.submit(
                taskId(ref, ComplaintStep.INVESTIGATE),
                new InvestigationInput(List.of("Not done", "No call back"), partlyUpheld()),
                harry);
        decisions.signOffFinalResponse(
                taskId(ref, ComplaintStep.SIGN_OFF_FINAL_RESPONSE), ManagerDecision.approved(), max);

        BpmnAwareTests.assertThat(pi)
                .hasPassed("SendStage2Decision", "RecordStage2Apology", "CloseAtStage2")
                .isEnded();
        BpmnAwareTests.assertThat(pi).hasPassed("ClosedAfterStage2");
        assertThatThrownBy(() -> escalations.request(
                        ref, new EscalationRequest("pat.jones@example.com", "Still"), Optional.empty()))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("final response at stage 2");
        CaseFile closed = reload(ref);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getClosedAtStage()).isEqualTo(Stage.STAGE_2);
        assertThat(stageDecisions
                        .findByCaseIdAndStage(closed.getId(), Stage.STAGE_2)
                        .orElseThrow()
                        .getSignedOffBy())
                .isEqualTo("max");
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).wasMet()).isTrue();
        assertThat(timeline(ref))
                .containsSubsequence(
                        EventType.ESCALATION_REQUESTED,
                        EventType.ESCALATION_APPROVED,
                        EventType.STAGE_STARTED,
                        EventType.POINTS_AGREED,
                        EventType.RESPONSE_DRAFTED,
                        EventType.RESPONSE_SENT_BACK,
                        EventType.RESPONSE_DRAFTED,
                        EventType.RESPONSE_SIGNED_OFF,
                        EventType.DECISION_SENT,
                        EventType.APOLOGY_GIVEN,
                        EventType.CLOSED);
    }

    @Test
    void aDeclinedEscalationClosesTheCaseAndTellsTheCustomerWhy() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);
        escalations.request(ref, new EscalationRequest(null, "Customer phoned: still unhappy"), Optional.of(fran));
        assertThat(timelineText(ref)).anyMatch(t -> t.contains("recorded by Fran Hughes"));

        decisions.decideEscalation(
                taskId(ref, ComplaintStep.DECIDE_ESCALATION),
                ManagerDecision.declined("The complaint raises nothing new"),
                max);
        BpmnAwareTests.assertThat(pi).hasPassed("DeclineEscalation").isEnded();
        BpmnAwareTests.assertThat(pi).hasPassed("ClosedEscalationDeclined");
        CaseFile c = reload(ref);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getEscalationDeclineReason()).isEqualTo("The complaint raises nothing new");
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.ESCALATION_DECLINED)
                .singleElement()
                .satisfies(n -> assertThat(n.getSummary()).contains("raises nothing new"));
        assertThat(deadline(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT).getStatus())
                .isEqualTo(DeadlineStatus.COMPLETED);
        assertThatThrownBy(() -> escalations.request(
                        ref, new EscalationRequest("pat.jones@example.com", "Again"), Optional.empty()))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("was declined: The complaint raises nothing new")
                .hasMessageContaining("the Scottish Public Services Ombudsman");
    }

    @Test
    void stage2ExtensionsAreApprovedOrDeclinedByAManager() {
        at(MON_2_NOV);
        String ref = seriousComplaint().getReference();
        ProcessInstance pi = instance(ref);
        investigation.acknowledge(
                taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("Enforcement in error"), null),
                olivia);
        LocalDate due = deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn();

        investigation.requestExtension(
                taskId(ref, ComplaintStep.INVESTIGATE),
                new ExtensionInput(5, "Waiting for the bailiff company's records"),
                olivia);
        decisions.decideExtension(taskId(ref, ComplaintStep.DECIDE_STAGE_2_EXTENSION), ManagerDecision.approved(), max);
        BpmnAwareTests.assertThat(pi).hasPassed("MoveStage2Deadline").isWaitingAt("Investigate");
        LocalDate moved = deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn();
        assertThat(moved).isAfter(due);
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getExtensionDays())
                .isEqualTo(5);

        investigation.requestExtension(taskId(ref, ComplaintStep.INVESTIGATE), new ExtensionInput(2, "More"), olivia);
        decisions.decideExtension(
                taskId(ref, ComplaintStep.DECIDE_STAGE_2_EXTENSION), ManagerDecision.declined("No more time"), max);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Investigate");
        BpmnAwareTests.assertThat(pi).task("Investigate").isAssignedTo("olivia");
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn()).isEqualTo(moved);
    }

    @Test
    void aSeriousComplaintGoesStraightToStage2CountedFromReceipt() {
        at(MON_2_NOV);
        String ref = seriousComplaint().getReference();
        ProcessInstance pi = instance(ref);
        BpmnAwareTests.assertThat(pi)
                .hasPassed("StartStage2")
                .hasNotPassed("StartStage1")
                .isWaitingAt("AcknowledgeStage2");
        CaseFile c = reload(ref);
        assertThat(c.getStage()).isEqualTo(Stage.STAGE_2);
        assertThat(c.isSerious()).isTrue();
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getStatus()).isEqualTo(DeadlineStatus.WITHDRAWN);
        assertThat(deadline(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT).getDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void underTheComplaintHandlingCodeStage1StartsWithAnAcknowledgementAndStage2NeedsAnotherOfficer() {
        at(MON_2_NOV);
        String ref = phoneComplaint(CODE_SERVICE, null).getReference();
        ProcessInstance pi = instance(ref);
        BpmnAwareTests.assertThat(pi).isWaitingAt("AcknowledgeComplaint");
        assertThat(deadline(ref, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT).getDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(deadlineRepository.findByCaseFileIdAndKind(reload(ref).getId(), DeadlineKind.STAGE_1_RESPONSE))
                .isEmpty();

        at(LocalDate.of(2026, 11, 4));
        frontline.acknowledge(taskId(ref, ComplaintStep.ACKNOWLEDGE_COMPLAINT), olivia);
        BpmnAwareTests.assertThat(pi).isWaitingAt("RespondAtFrontline");
        assertThat(deadline(ref, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT).wasMet()).isTrue();
        // 10 working days from the acknowledgement on Wednesday 4 November.
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(reload(ref).getTimescales().amount(ProcedureStep.STAGE_1_EXTENSION))
                .isEqualTo(10);

        frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);
        escalations.request(ref, new EscalationRequest("pat.jones@example.com", "Still not fixed"), Optional.empty());
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        String acknowledge = taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2);
        assertThatThrownBy(
                        () -> investigation.acknowledge(acknowledge, new PointsInput(List.of("Repair"), null), olivia))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("someone other than the stage 1");
        at(LocalDate.of(2026, 11, 6));
        investigation.acknowledge(acknowledge, new PointsInput(List.of("Repair"), null), harry);
        // Under the code the stage 2 response clock starts at the acknowledgement: Friday 6 November + 20
        // working days, skipping St Andrew's Day, is Monday 7 December.
        assertThat(deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Investigate");
    }

    /**
     * Every charter deadline of the procedure warns when it is at risk and when it is broken: each timer fires at
     * the date the working-day calendar gave, marks the case, writes the timeline and puts notifications in the
     * outbox, once, however often the jobs run.
     */
    @Test
    void aComplaintWithdrawnAtStage1EndsItsStepsAndTimersAndTellsTheCustomer() {
        at(MON_2_NOV);
        String ref = phoneComplaint("housing", null).getReference();
        ProcessInstance pi = instance(ref);
        caseTasks.claim(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), olivia);

        assertThatThrownBy(() -> withdrawals.recordedByStaff(ref, new WithdrawalInput(" "), olivia))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> withdrawals.recordedByStaff(ref, new WithdrawalInput("Not mine"), wendy))
                .isInstanceOf(CaseAccessDeniedException.class);
        withdrawals.recordedByStaff(ref, new WithdrawalInput("The contractor has now been"), olivia);

        BpmnAwareTests.assertThat(pi)
                .hasPassed("ComplaintWithdrawn", "CloseAsWithdrawn", "ClosedWithdrawn")
                .isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_list_entry where case_reference = ?", Integer.class, ref))
                .isZero();
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).isOpen()).isFalse();
        assertThat(timelineText(ref)).anyMatch(t -> t.contains("Withdrawn, as the customer asked: The contractor"));
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getSubject().startsWith("You have withdrawn your complaint"))
                .hasSize(1);
        assertThatThrownBy(() -> withdrawals.recordedByStaff(ref, new WithdrawalInput("Again"), olivia))
                .isInstanceOf(ProcedureConflictException.class)
                .hasMessageContaining("already closed");
    }

    @Test
    void theCustomerWithdrawsAComplaintAtStage2FromTheTrackingPage() {
        at(MON_2_NOV);
        String ref = seriousComplaint().getReference();
        ProcessInstance pi = instance(ref);
        BpmnAwareTests.assertThat(pi).isWaitingAt("AcknowledgeStage2");

        TrackedCase after = tracking.withdraw(ref, "nadia@example.com", new WithdrawalInput(null), "withdrawal-test");

        assertThat(after.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(after.mayWithdraw()).isFalse();
        BpmnAwareTests.assertThat(pi).hasPassed("CloseAsWithdrawn").isEnded();
        assertThat(deadline(ref, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT).isOpen()).isFalse();
        assertThat(timelineText(ref)).anyMatch(t -> t.equals("The customer withdrew the complaint"));
        // Counted apart from complaints closed with an outcome.
        Report report = figures.report(admin, ReportPeriod.quarterOf(MON_2_NOV), "housing");
        assertThat(report.figure("closed.withdrawn").orElseThrow().cases()).contains(ref);
        assertThat(report.figure("closed.all").orElseThrow().cases()).doesNotContain(ref);
    }

    @Nested
    class DeadlineWarnings {

        @Autowired
        CaseTasks tasks;

        @Test
        void triage() {
            at(MON_2_NOV);
            String ref = webComplaint("housing", "late@example.com").getReference();
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_1_RESPONSE,
                    "WarnTriageAtRisk",
                    "WarnTriageOverdue",
                    List.of("housing-officers", "intake"));
        }

        @Test
        void stage1AcknowledgementUnderTheCode() {
            at(MON_2_NOV);
            String ref = phoneComplaint(CODE_SERVICE, null).getReference();
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_1_ACKNOWLEDGEMENT,
                    "WarnStage1AcknowledgementAtRisk",
                    "WarnStage1AcknowledgementOverdue",
                    List.of("housing-england-officers"));
        }

        @Test
        void stage1ResponseHeldByAnOfficerWarnsThatOfficer() {
            at(MON_2_NOV);
            String ref = phoneComplaint("housing", null).getReference();
            tasks.claim(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), olivia);
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_1_RESPONSE,
                    "WarnStage1ResponseAtRisk",
                    "WarnStage1ResponseOverdue",
                    List.of("olivia"));
        }

        @Test
        void decisionOnARequestForStage2() {
            String ref = askedForStage2();
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_2_ACKNOWLEDGEMENT,
                    "WarnEscalationDecisionAtRisk",
                    "WarnEscalationDecisionOverdue",
                    List.of("housing-managers"));
        }

        @Test
        void stage2Acknowledgement() {
            String ref = askedForStage2();
            decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_2_ACKNOWLEDGEMENT,
                    "WarnStage2AcknowledgementAtRisk",
                    "WarnStage2AcknowledgementOverdue",
                    List.of("housing-officers"));
        }

        @Test
        void stage2Response() {
            String ref = askedForStage2();
            decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
            investigation.acknowledge(
                    taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                    new PointsInput(List.of("The repair"), null),
                    harry);
            assertWarnings(
                    ref,
                    DeadlineKind.STAGE_2_RESPONSE,
                    "WarnStage2ResponseAtRisk",
                    "WarnStage2ResponseOverdue",
                    List.of("housing-officers"));
        }

        /** A Housing complaint answered at stage 1 on Monday 2 November, whose customer then asked for stage 2. */
        private String askedForStage2() {
            at(MON_2_NOV);
            String ref = phoneComplaint("housing", null).getReference();
            frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);
            escalations.request(ref, new EscalationRequest("pat.jones@example.com", "Unhappy"), Optional.empty());
            return ref;
        }

        private void assertWarnings(
                String ref, DeadlineKind kind, String atRiskTask, String overdueTask, List<String> holders) {
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
            assertThat(atRisk)
                    .extracting(Notification::getRecipient)
                    .containsExactlyInAnyOrderElementsOf(concat(
                            holders,
                            "housing".equals(serviceOf(ref)) ? "housing-managers" : "housing-england-managers"));
            assertThat(atRisk).allSatisfy(n -> assertThat(n.getDeadlineKind()).isEqualTo(kind.name()));
            assertThat(atRisk)
                    .filteredOn(n -> holders.contains(n.getRecipient()) && holders.contains("olivia"))
                    .allSatisfy(n -> assertThat(n.getAudience()).isEqualTo(Audience.STAFF_MEMBER));

            at(deadline.getDueOn(), LocalTime.of(23, 59));
            assertThat(runDueJobs(ref)).isZero();
            at(deadline.getDueOn().plusDays(1), LocalTime.of(0, 1));
            runDueJobs(ref);
            BpmnAwareTests.assertThat(pi).hasPassed(overdueTask);
            assertThat(reload(ref).getCharterFlag()).isEqualTo(CharterFlag.OVERDUE);
            assertThat(deadline(ref, kind).getBreachedAt()).isNotNull();
            // The managers hear of a breach, and so does whoever holds the step (a team is not told again).
            assertThat(sent(ref, NotificationType.STEP_BREACHED))
                    .extracting(Notification::getRecipient)
                    .containsExactlyInAnyOrderElementsOf(concat(
                            holders.stream()
                                    .filter(h ->
                                            identity.createUserQuery().userId(h).count() == 1)
                                    .toList(),
                            "housing".equals(serviceOf(ref)) ? "housing-managers" : "housing-england-managers"));

            at(deadline.getDueOn().plusDays(3), LocalTime.NOON);
            assertThat(runDueJobs(ref)).isZero();
            assertThat(timeline(ref)).filteredOn(t -> t == EventType.AT_RISK).hasSize(1);
            assertThat(timeline(ref)).filteredOn(t -> t == EventType.BREACHED).hasSize(1);
            assertThat(sent(ref, NotificationType.STEP_AT_RISK)).hasSameSizeAs(atRisk);
        }

        private List<Notification> sent(String ref, NotificationType type) {
            return notificationsOf(ref).stream()
                    .filter(n -> n.getType() == type)
                    .toList();
        }

        private String serviceOf(String ref) {
            return reload(ref).serviceCode();
        }

        private static List<String> concat(List<String> list, String more) {
            return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more))
                    .distinct()
                    .toList();
        }
    }

    /**
     * An officer asks the customer for more information from a stage's response step. The case waits; the answer
     * (by the letter's one-time link, the tracking page, or taken by phone) brings the step back to the officer, and
     * no answer by the date gives them a step to decide. Under the Scottish model the clock stops while waiting;
     * under the complaint handling code it keeps running, and both are as the charter says.
     */
    @Nested
    class WaitingForTheCustomer {

        private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]+)");

        @Autowired
        CustomerQuestions questions;

        @Autowired
        InformationRequests information;

        @Autowired
        WorkingDayCalendar calendar;

        @Test
        void theClockStopsUnderTheScottishModelAndTheAnswerByLinkBringsTheStepBack() {
            at(MON_2_NOV);
            String ref = phoneComplaint("housing", null).getReference();
            ProcessInstance pi = instance(ref);
            assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
            at(LocalDate.of(2026, 11, 4), LocalTime.of(10, 0));
            String respond = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
            assertThatThrownBy(() -> questions.ask(respond, question(LocalDate.of(2026, 11, 4)), olivia))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("answerBy"));

            questions.ask(respond, question(LocalDate.of(2026, 11, 18)), olivia);

            BpmnAwareTests.assertThat(pi).isWaitingAt("Stage1AwaitAnswer");
            assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);
            Notification letter = notificationsOf(ref).stream()
                    .filter(n -> n.getType() == NotificationType.INFORMATION_REQUESTED)
                    .findFirst()
                    .orElseThrow();
            assertThat(letter.getEmailTo()).isEqualTo("pat.jones@example.com");
            assertThat(letter.getBodyText())
                    .contains("Please send a photo of the damp")
                    .contains("Wednesday 18 November 2026")
                    .contains("the date you will hear from us by moves on");
            Matcher link = LINK.matcher(letter.getBodyText());
            assertThat(link.find()).isTrue();
            String token = link.group(1);
            assertThat(timerDue(pi, "Stage1AnswerOverdue"))
                    .isEqualTo(london(LocalDate.of(2026, 11, 19), LocalTime.MIDNIGHT));

            // The at-risk and overdue moments of the old due date pass quietly while the clock is stopped.
            at(LocalDate.of(2026, 11, 6), LocalTime.of(8, 0));
            runDueJobs(ref);
            at(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
            runDueJobs(ref);
            assertThat(notificationsOf(ref))
                    .extracting(Notification::getType)
                    .doesNotContain(NotificationType.STEP_AT_RISK, NotificationType.STEP_BREACHED);
            assertThat(information.byLink(token)).isPresent();

            assertThat(information.answerByLink(token, new AnswerInput("Here is a photo of it."), List.of()))
                    .isEqualTo(ref);

            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage1CustomerAnswers", "Stage1AnswerReceived", "RestartStage1Clock")
                    .isWaitingAt("RespondAtFrontline");
            assertThat(assigneeOf(ref, ComplaintStep.RESPOND_AT_FRONTLINE)).isEqualTo("olivia");
            assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
            // Waited Thursday 5 to Tuesday 10 November: 4 working days, so Monday 9 becomes Friday 13 November.
            CaseDeadline moved = deadline(ref, DeadlineKind.STAGE_1_RESPONSE);
            assertThat(moved.getPausedDays()).isEqualTo(4);
            assertThat(moved.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 13));
            assertThat(timerDue(pi, "Stage1ResponseAtRisk"))
                    .isEqualTo(london(LocalDate.of(2026, 11, 12), LocalTime.of(7, 0)));
            assertThat(noteOf(ref)).isEqualTo("The customer has answered");
            assertThat(timelineText(ref))
                    .anyMatch(t -> t.startsWith("The customer answered (online, by the link in our letter): Here is"))
                    .anyMatch(t -> t.equals("The clock stopped for 4 working days while we waited for the customer:"
                            + " the stage 1 response is now due by Friday 13 November 2026"));
            assertThat(information.byLink(token)).isEmpty();
            assertThatThrownBy(() -> information.answerByLink(token, new AnswerInput("Again"), List.of()))
                    .isInstanceOf(ProcedureConflictException.class)
                    .hasMessageContaining("already been used");

            frontline.respond(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), notUpheld(), olivia);
            Report report = figures.report(admin, ReportPeriod.quarterOf(MON_2_NOV), "housing");
            assertThat(report.figure("time.stage1.waiting").orElseThrow().cases())
                    .contains(ref);
            assertThat(report.figure("time.stage1.average").orElseThrow().label())
                    .endsWith("(not counting time waiting for the customer)");
        }

        @Test
        void underTheCodeTheClockRunsAndNoAnswerLetsTheOfficerCloseTheComplaint() {
            at(MON_2_NOV);
            String ref = phoneComplaint(CODE_SERVICE, null).getReference();
            ProcessInstance pi = instance(ref);
            at(LocalDate.of(2026, 11, 4));
            frontline.acknowledge(taskId(ref, ComplaintStep.ACKNOWLEDGE_COMPLAINT), olivia);
            assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2026, 11, 18));
            // The charter gives the customer 10 working days.
            LocalDate usual = information.asking(ref, olivia).usualAnswerDate();
            assertThat(usual).isEqualTo(LocalDate.of(2026, 11, 18));

            questions.ask(
                    taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                    new QuestionInput("Which rooms are affected?", usual, PreferredContact.POST),
                    olivia);
            Notification letter = notificationsOf(ref).stream()
                    .filter(n -> n.getType() == NotificationType.INFORMATION_REQUESTED)
                    .findFirst()
                    .orElseThrow();
            assertThat(letter.getEmailTo()).isNull();
            assertThat(letter.getContactBy()).isEqualTo("POST");
            assertThat(letter.getBodyText()).contains("the date you will hear from us by stays the same");

            // The clock runs: the warnings come as usual.
            at(LocalDate.of(2026, 11, 17), LocalTime.of(8, 0));
            runDueJobs(ref);
            assertThat(notificationsOf(ref)).extracting(Notification::getType).contains(NotificationType.STEP_AT_RISK);
            at(LocalDate.of(2026, 11, 19), LocalTime.of(9, 0));
            runDueJobs(ref);
            assertThat(notificationsOf(ref)).extracting(Notification::getType).contains(NotificationType.STEP_BREACHED);
            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage1AnswerOverdue", "RecordNoStage1Answer")
                    .isWaitingAt("DecideWithoutStage1Answer");
            String decide = taskId(ref, ComplaintStep.DECIDE_WITHOUT_STAGE_1_ANSWER);
            assertThat(assigneeOf(ref, ComplaintStep.DECIDE_WITHOUT_STAGE_1_ANSWER))
                    .isEqualTo("olivia");
            assertThat(timelineText(ref))
                    .anyMatch(t -> t.startsWith("No answer from the customer by Wednesday 18 November 2026"));
            assertThatThrownBy(() -> questions.decideWithoutAnswer(decide, false, harry))
                    .isInstanceOf(StepTakenException.class);

            questions.decideWithoutAnswer(decide, false, olivia);

            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage1CloseForNoAnswer", "CloseForNoAnswerAtStage1", "ClosedNoAnswerAtStage1")
                    .isEnded();
            assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
            assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).isOpen()).isFalse();
            assertThat(notificationsOf(ref))
                    .filteredOn(n -> n.getSubject().startsWith("We have closed your complaint"))
                    .singleElement()
                    .satisfies(n -> assertThat(n.getBodyText()).contains("have not heard from you"));
            Report report = figures.report(admin, ReportPeriod.quarterOf(MON_2_NOV), CODE_SERVICE);
            assertThat(report.figure("closed.withdrawn").orElseThrow().cases()).contains(ref);
        }

        @Test
        void atStage2TheOfficerCarriesOnWithoutAnAnswerThenTakesOneByPhone() {
            at(MON_2_NOV);
            String ref = investigatedComplaint();
            ProcessInstance pi = instance(ref);
            LocalDate before = deadline(ref, DeadlineKind.STAGE_2_RESPONSE).getDueOn();
            at(LocalDate.of(2026, 11, 3));
            questions.ask(
                    taskId(ref, ComplaintStep.INVESTIGATE),
                    new QuestionInput("When did you pay the debt?", LocalDate.of(2026, 11, 10), PreferredContact.EMAIL),
                    olivia);
            BpmnAwareTests.assertThat(pi).isWaitingAt("Stage2AwaitAnswer");

            at(LocalDate.of(2026, 11, 11), LocalTime.of(9, 0));
            runDueJobs(ref);
            BpmnAwareTests.assertThat(pi).hasPassed("RecordNoStage2Answer").isWaitingAt("DecideWithoutStage2Answer");
            at(LocalDate.of(2026, 11, 12));
            questions.decideWithoutAnswer(taskId(ref, ComplaintStep.DECIDE_WITHOUT_STAGE_2_ANSWER), true, olivia);

            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage2CarryOnWithoutAnswer", "RestartStage2Clock")
                    .isWaitingAt("Investigate");
            assertThat(assigneeOf(ref, ComplaintStep.INVESTIGATE)).isEqualTo("olivia");
            // The clock stood still from Tuesday 3 to the date the answer was due, Tuesday 10 November: 5 days.
            CaseDeadline moved = deadline(ref, DeadlineKind.STAGE_2_RESPONSE);
            assertThat(moved.getPausedDays()).isEqualTo(5);
            assertThat(moved.getDueOn()).isEqualTo(calendar.addWorkingDays(before, 5));
            assertThat(noteOf(ref)).isEqualTo("No answer from the customer");

            questions.ask(
                    taskId(ref, ComplaintStep.INVESTIGATE),
                    new QuestionInput("Do you have the receipt?", LocalDate.of(2026, 11, 26), PreferredContact.PHONE),
                    olivia);
            assertThat(notificationsOf(ref))
                    .filteredOn(n -> n.getType() == NotificationType.INFORMATION_REQUESTED)
                    .anySatisfy(n -> assertThat(n.getContactBy()).isEqualTo("PHONE"));
            AnswerInput byPhone = new AnswerInput("Yes, she will bring it in.");
            assertThatThrownBy(() -> information.answerTakenByStaff(ref, byPhone, AnswerHow.PHONE, wendy))
                    .isInstanceOf(CaseAccessDeniedException.class);
            information.answerTakenByStaff(ref, byPhone, AnswerHow.PHONE, olivia);

            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage2CustomerAnswers", "Stage2AnswerReceived")
                    .isWaitingAt("Investigate");
            assertThat(timelineText(ref))
                    .anyMatch(t ->
                            t.equals("The customer answered (by phone, taken by staff): Yes, she will bring it in."));
            assertThat(noteOf(ref)).isEqualTo("The customer has answered");
        }

        @Test
        void aLateAnswerOnTheTrackingPageCarriesOnAndAWithdrawalEndsTheWait() {
            at(MON_2_NOV);
            String ref = phoneComplaint("housing", null).getReference();
            ProcessInstance pi = instance(ref);
            questions.ask(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), question(LocalDate.of(2026, 11, 5)), olivia);
            at(LocalDate.of(2026, 11, 6), LocalTime.of(9, 0));
            runDueJobs(ref);
            BpmnAwareTests.assertThat(pi).isWaitingAt("DecideWithoutStage1Answer");
            TrackedCase tracked = tracking.find(ref, "pat.jones@example.com", "late-answer-test");
            assertThat(tracked.question()).contains("Please send a photo");
            assertThat(tracked.status()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);

            tracking.answer(
                    ref, "pat.jones@example.com", new AnswerInput("Sorry, I was away."), List.of(), "late-answer-test");

            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage1CarryOnWithoutAnswer", "RestartStage1Clock")
                    .isWaitingAt("RespondAtFrontline");
            assertThat(noteOf(ref)).isEqualTo("The customer has answered");

            questions.ask(
                    taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), question(LocalDate.of(2026, 11, 20)), olivia);
            tracking.withdraw(ref, "pat.jones@example.com", new WithdrawalInput("Sorted now"), "late-answer-test");
            BpmnAwareTests.assertThat(pi).hasPassed("CloseAsWithdrawn").isEnded();
            assertThat(jdbc.queryForObject(
                            "select status from information_request where case_id = ? order by id desc limit 1",
                            String.class,
                            reload(ref).getId()))
                    .isEqualTo("CANCELLED");
        }

        @Test
        void atStage2NoAnswerCanCloseTheComplaint() {
            at(MON_2_NOV);
            String ref = investigatedComplaint();
            ProcessInstance pi = instance(ref);
            questions.ask(taskId(ref, ComplaintStep.INVESTIGATE), question(LocalDate.of(2026, 11, 9)), olivia);
            at(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
            runDueJobs(ref);
            questions.decideWithoutAnswer(taskId(ref, ComplaintStep.DECIDE_WITHOUT_STAGE_2_ANSWER), false, olivia);
            BpmnAwareTests.assertThat(pi)
                    .hasPassed("Stage2CloseForNoAnswer", "CloseForNoAnswerAtStage2", "ClosedNoAnswerAtStage2")
                    .isEnded();
            assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
        }

        /** A serious complaint, straight to stage 2, acknowledged with one point: its investigation is open. */
        private String investigatedComplaint() {
            String ref = seriousComplaint().getReference();
            investigation.acknowledge(
                    taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                    new PointsInput(List.of("The bailiff"), null),
                    olivia);
            return ref;
        }

        private QuestionInput question(LocalDate by) {
            return new QuestionInput("Please send a photo of the damp in the bedroom.", by, PreferredContact.EMAIL);
        }

        private String assigneeOf(String ref, ComplaintStep step) {
            return taskService
                    .createTaskQuery()
                    .taskId(taskId(ref, step))
                    .singleResult()
                    .getAssignee();
        }

        private String noteOf(String ref) {
            return jdbc.queryForObject(
                    "select note from task_list_entry where case_reference = ? and step_key in (?, ?)",
                    String.class,
                    ref,
                    ComplaintStep.RESPOND_AT_FRONTLINE.taskKey(),
                    ComplaintStep.INVESTIGATE.taskKey());
        }
    }

    /** Every element of the model was executed by the tests above: no path of the procedure goes untested. */
    @AfterAll
    static void everyElementOfTheComplaintProcessWasExecuted(@Autowired ProcessEngine engine) {
        assertThat(ProcessCoverage.assertEveryElementRan(engine, "complaint")).isGreaterThan(80);
    }

    private CaseFile seriousComplaint() {
        return intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        "housing",
                        customer("Nadia Ali", "nadia@example.com"),
                        "A bailiff came about a debt I had paid.",
                        "An apology.",
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, true, false, null)),
                Optional.of(fran));
    }

    private Instant timerDue(ProcessInstance pi, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private String historicId(String reference) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
    }

    static DecisionInput notUpheld() {
        return new DecisionInput(
                Outcome.NOT_UPHELD, "We followed our policy.", null, null, "Explain the policy better.");
    }

    static DecisionInput upheld() {
        return new DecisionInput(Outcome.UPHELD, "You were right.", "We are sorry.", "We will do the repair.", null);
    }

    static DecisionInput partlyUpheld() {
        return new DecisionInput(
                Outcome.PARTIALLY_UPHELD,
                "Partly right.",
                "We are sorry we did not call.",
                "A manager will call you.",
                "Return calls");
    }
}
