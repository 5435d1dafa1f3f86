package org.charterdesk.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.AtOnce;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.work.StepNotFoundException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the {@code action-plan} process, driven through the plans' services on PostgreSQL. */
class ActionPlanProcessIT extends IntegrationTestBase {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Autowired
    ActionPlans plans;

    private PlanSummary plan(boolean corporate, StaffMember... owners) {
        at(MONDAY);
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        corporate,
                        "Housing repairs plan",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.COMPLAINTS_LEARNING));
        for (StaffMember owner : owners) {
            plans.addAction(
                    olivia,
                    plan.id(),
                    new ActionInput(
                            "Confirm every repair booking by text",
                            owner.username(),
                            LocalDate.of(2027, 3, 31),
                            "No missed appointments for three months"));
        }
        return plan;
    }

    private ProcessInstance process(PlanSummary plan) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(plan.processKey())
                .singleResult();
    }

    private Task task(PlanSummary plan, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .taskDefinitionKey(key)
                .singleResult();
    }

    private void approveAsManager(PlanSummary plan) {
        plans.decide(max, task(plan, "ReviewPlan").getId(), true, null);
    }

    @Test
    void aServicePlanApprovedByTheManagerComesIntoForce() {
        PlanSummary plan = plan(false, olivia);
        plans.submit(olivia, plan.id());
        ProcessInstance instance = process(plan);
        assertThat(instance).isWaitingAt("ReviewPlan");
        assertThat(taskService.getIdentityLinksForTask(task(plan, "ReviewPlan").getId()))
                .anyMatch(link -> "housing-managers".equals(link.getGroupId()));
        assertThatThrownBy(() -> plans.decide(olivia, task(plan, "ReviewPlan").getId(), true, null))
                .hasMessageContaining("cannot take this step");

        approveAsManager(plan);
        assertThat(instance).hasPassed("ActivatePlan").isWaitingAt("PlanRunning");
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.APPROVED);
    }

    /** Two managers' browsers (here the same manager twice) decide the same review at the same moment. */
    @RepeatedTest(3)
    void ofTwoSimultaneousDecisionsOnOneReviewExactlyOneCountsAndTheOtherIsToldItIsDone() throws Exception {
        PlanSummary plan = plan(false, olivia);
        plans.submit(olivia, plan.id());
        String review = task(plan, "ReviewPlan").getId();
        List<String> results = AtOnce.run(List.of(true, false).stream()
                .map(approve -> (Callable<String>) () -> {
                    try {
                        plans.decide(max, review, approve, approve ? null : "Add a measure for the damp work");
                        return approve ? "approved" : "sent back";
                    } catch (StepNotFoundException e) {
                        return "told: " + e.getMessage();
                    }
                })
                .toList());
        assertThat(results)
                .filteredOn(r -> r.startsWith("told: "))
                .singleElement()
                .isEqualTo("told: That step is no longer open: someone has just done it");
        String decided = results.stream()
                .filter(r -> !r.startsWith("told: "))
                .findFirst()
                .orElseThrow();
        assertThat(process(plan)).isWaitingAt(decided.equals("approved") ? "PlanRunning" : "RevisePlan");
        assertThat(plans.find(plan.id()).getStatus())
                .isEqualTo(decided.equals("approved") ? PlanStatus.APPROVED : PlanStatus.SENT_BACK);
        assertThat(plans.history(plan.id()))
                .extracting(PlanEvent::getText)
                .filteredOn(t -> t.startsWith("Approved") || t.startsWith("Sent back"))
                .hasSize(1);
    }

    @Test
    void aPlanSentBackWithCommentsIsRevisedAndApproved() {
        PlanSummary plan = plan(false, olivia);
        plans.submit(olivia, plan.id());
        assertThatThrownBy(() -> plans.decide(max, task(plan, "ReviewPlan").getId(), false, " "))
                .hasMessageContaining("Say what must change");
        plans.decide(max, task(plan, "ReviewPlan").getId(), false, "Add a measure for the damp work");
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.SENT_BACK);
        assertThat(process(plan)).isWaitingAt("RevisePlan");
        assertThat(plans.history(plan.id()))
                .extracting(PlanEvent::getText)
                .contains("Sent back by the service manager: Add a measure for the damp work");

        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Survey every damp report within 10 days",
                        "olivia",
                        LocalDate.of(2027, 1, 31),
                        "All damp reports surveyed within 10 days"));
        plans.resubmit(olivia, task(plan, "RevisePlan").getId());
        assertThat(process(plan)).isWaitingAt("ReviewPlan");
        approveAsManager(plan);
        assertThat(process(plan)).isWaitingAt("PlanRunning");
    }

    @Test
    void aCorporatePlanAlsoNeedsTheCustomerFocusGroupWhoMaySendItBack() {
        PlanSummary plan = plan(true, olivia);
        plans.submit(olivia, plan.id());
        approveAsManager(plan);
        assertThat(process(plan)).isWaitingAt("FocusGroupApproval");
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.IN_REVIEW);

        plans.decide(cora, task(plan, "FocusGroupApproval").getId(), false, "Link it to the strategy's themes");
        assertThat(process(plan)).isWaitingAt("RevisePlan");
        plans.resubmit(olivia, task(plan, "RevisePlan").getId());
        approveAsManager(plan);
        plans.decide(cora, task(plan, "FocusGroupApproval").getId(), true, null);
        assertThat(process(plan)).hasPassed("FocusGroupOutcome", "ActivatePlan").isWaitingAt("PlanRunning");
        assertThat(plans.history(plan.id()))
                .extracting(PlanEvent::getText)
                .contains(
                        "Sent back by the customer focus group: Link it to the strategy's themes",
                        "Approved by the customer focus group");
    }

    @Test
    void everyQuarterEachOpenActionsOwnerGetsAProgressStep() {
        PlanSummary plan = plan(false, olivia, harry);
        plans.submit(olivia, plan.id());
        approveAsManager(plan);
        Job quarter = management
                .createJobQuery()
                .processInstanceId(process(plan).getId())
                .activityId("QuarterDue")
                .singleResult();
        assertThat(quarter).as("the quarterly timer").isNotNull();
        management.executeJob(quarter.getId());

        List<Task> steps = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .taskDefinitionKey("RecordQuarterlyProgress")
                .list();
        assertThat(steps).extracting(Task::getAssignee).containsExactlyInAnyOrder("olivia", "harry");
        Task oliviasStep = steps.stream()
                .filter(t -> t.getAssignee().equals("olivia"))
                .findFirst()
                .orElseThrow();
        Long actionId = (Long) runtime.getVariable(oliviasStep.getExecutionId(), "actionId");
        assertThatThrownBy(() -> plans.recordProgress(
                        olivia,
                        actionId,
                        oliviasStep.getId(),
                        new ProgressInput(ActionStatus.DROPPED, "No longer needed", null)))
                .hasMessageContaining("Say why the action is dropped");
        plans.recordProgress(
                olivia,
                actionId,
                oliviasStep.getId(),
                new ProgressInput(ActionStatus.ON_TRACK, "Texts go out for all bookings from Monday", null));
        assertThat(plans.actions(plan.id()))
                .filteredOn(a -> a.getId().equals(actionId))
                .singleElement()
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(ActionStatus.ON_TRACK));
        assertThat(process(plan)).isWaitingAt("PlanRunning");
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(process(plan).getId())
                        .activityId("QuarterDue")
                        .count())
                .as("the next quarter is scheduled")
                .isOne();
    }

    @Test
    void theDailyCheckAsksForProgressNearTheTargetAndFlagsOverdueActionsOnce() {
        at(MONDAY);
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput("housing", false, "Short plan", MONDAY, MONDAY.plusMonths(6), PlanSource.STRATEGY));
        PlanAction nearing = plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Publish repair times", "harry", LocalDate.of(2026, 11, 9), "Published on the website"));
        PlanAction overdue = plans.addAction(
                olivia,
                plan.id(),
                new ActionInput("Train the call centre", "olivia", LocalDate.of(2026, 12, 1), "All staff trained"));
        plans.submit(olivia, plan.id());
        approveAsManager(plan);

        at(LocalDate.of(2026, 12, 2));
        runDailyCheck(plan);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .taskDefinitionKey("RecordProgressBeforeTarget")
                        .list())
                .isEmpty();
        assertThat(notifications.findAll())
                .filteredOn(n -> n.getType() == NotificationType.ACTION_OVERDUE)
                .filteredOn(n -> n.getSummary().contains("Train the call centre"))
                .extracting(n -> n.getRecipient())
                .containsExactlyInAnyOrder("olivia", "housing-managers");
        runDailyCheck(plan);
        assertThat(notifications.findAll())
                .filteredOn(n -> n.getType() == NotificationType.ACTION_OVERDUE)
                .filteredOn(n -> n.getSummary().contains("Train the call centre"))
                .hasSize(2);
        assertThat(nearing.getId()).isNotNull();
        assertThat(overdue.getId()).isNotNull();
    }

    @Test
    void anActionNearingItsTargetGetsAProgressStepForItsOwner() {
        at(MONDAY);
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput("housing", false, "Near plan", MONDAY, MONDAY.plusMonths(6), PlanSource.STRATEGY));
        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Publish repair times", "harry", LocalDate.of(2026, 11, 20), "Published on the website"));
        plans.submit(olivia, plan.id());
        approveAsManager(plan);
        at(LocalDate.of(2026, 11, 10));
        runDailyCheck(plan);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .taskDefinitionKey("RecordProgressBeforeTarget")
                        .singleResult()
                        .getAssignee())
                .isEqualTo("harry");
    }

    @Test
    void changingAnApprovedPlanSendsItRoundAgainAndAFinishedPlanEnds() {
        PlanSummary plan = plan(false, olivia);
        plans.submit(olivia, plan.id());
        approveAsManager(plan);
        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Add evening repair slots",
                        "olivia",
                        LocalDate.of(2027, 6, 30),
                        "Evening slots offered in every area"));
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(process(plan)).hasPassed("PlanChanged").isWaitingAt("ReviewPlan");
        approveAsManager(plan);
        assertThat(process(plan)).isWaitingAt("PlanRunning");

        ProcessInstance instance = process(plan);
        plans.finish(max, plan.id());
        assertThat(instance).hasPassed("PlanCompleted", "PlanFinished").isEnded();
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.FINISHED);
    }

    private void runDailyCheck(PlanSummary plan) {
        Job day = management
                .createJobQuery()
                .processInstanceId(process(plan).getId())
                .activityId("DayStarts")
                .singleResult();
        management.executeJob(day.getId());
    }
}
