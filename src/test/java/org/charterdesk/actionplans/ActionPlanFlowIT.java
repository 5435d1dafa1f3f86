package org.charterdesk.actionplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole action-plan flow on PostgreSQL: a self-assessment's gaps and a complaint's learning become a plan's
 * actions; the plan is approved; a quarter later the owners record progress; the committee report shows it.
 */
class ActionPlanFlowIT extends IntegrationTestBase {

    @Autowired
    SelfAssessments assessments;

    @Autowired
    CseStandard standard;

    @Autowired
    ActionPlans plans;

    @Autowired
    PlanReport report;

    @Autowired
    FrontlineSteps frontline;

    @Test
    void selfAssessmentToPlanToApprovalToProgressToReport() {
        at(LocalDate.of(2026, 11, 2));
        AssessmentSummary assessment = assessments.start(wendy, "waste", Review.INITIAL);
        for (CseElement element : standard.elements()) {
            assessments.rate(
                    wendy,
                    assessment.id(),
                    element.getCode(),
                    new RatingInput(
                            element.getCode().equals("5.3.1") ? Rating.PARTIAL_COMPLIANCE : Rating.COMPLIANCE,
                            null,
                            null));
        }
        assessments.complete(wendy, assessment.id());
        CaseFile complaint = phoneComplaint("waste", null);
        frontline.respond(
                taskId(complaint.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(
                        Outcome.UPHELD,
                        "The crew missed your street.",
                        "We are sorry.",
                        null,
                        "Crews check the round sheet before leaving the depot."),
                wendy);

        PlanSummary plan = plans.create(
                wendy,
                new PlanInput(
                        "waste",
                        false,
                        "Waste: on time, every time",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.SELF_ASSESSMENT));
        List<PlanAction> fromGaps =
                plans.actionsFromGaps(wendy, plan.id(), assessment.id(), "wendy", LocalDate.of(2027, 3, 31));
        PlanAction fromLearning = plans.actionFromLearning(
                wendy, plan.id(), complaint.getReference(), "wendy", LocalDate.of(2027, 1, 29));
        assertThat(fromGaps)
                .singleElement()
                .satisfies(a -> assertThat(a.getElementCode()).isEqualTo("5.3.1"));
        assertThat(fromLearning.getCaseId()).isEqualTo(complaint.getId());
        assertThat(fromLearning.getDescription()).isEqualTo("Crews check the round sheet before leaving the depot.");

        plans.submit(wendy, plan.id());
        StaffMemberSteps.approve(this, plans, plan);
        assertThat(plans.find(plan.id()).getStatus()).isEqualTo(PlanStatus.APPROVED);
        // Who submitted the plan hears the decision, by email and in their bell, with a link to the plan.
        assertThat(jdbc.queryForList(
                        "select link from staff_inbox_item where username = 'wendy' and title = ?",
                        String.class,
                        "Will Moss approved the action plan '"
                                + plans.find(plan.id()).getTitle() + "'"))
                .containsExactly("/plans/" + plan.id());

        management.executeJob(management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .singleResult()
                        .getId())
                .activityId("QuarterDue")
                .singleResult()
                .getId());
        for (var step : taskService
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .taskAssignee("wendy")
                .list()) {
            Long actionId = (Long) runtime.getVariable(step.getExecutionId(), "actionId");
            plans.recordProgress(
                    wendy,
                    actionId,
                    step.getId(),
                    new ProgressInput(
                            actionId.equals(fromLearning.getId()) ? ActionStatus.COMPLETE : ActionStatus.AT_RISK,
                            actionId.equals(fromLearning.getId())
                                    ? "Round sheets checked daily since December"
                                    : "New timeliness standards still being agreed",
                            null));
        }
        String csv = report.csv(cora, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31));
        assertThat(csv)
                .contains("\"Waste: on time, every time\",Crews check the round sheet before leaving the depot.,"
                        + "wendy,2027-01-29,Complete")
                .contains("Round sheets checked daily since December")
                .contains(",At risk,")
                .contains("New timeliness standards still being agreed");
    }

    /** The Waste manager's approval, as the test base has no Waste manager. */
    static final class StaffMemberSteps {

        private StaffMemberSteps() {}

        static void approve(ActionPlanFlowIT test, ActionPlans plans, PlanSummary plan) {
            var will = test.directory.find("will").orElseGet(() -> {
                var user = test.identity.newUser("will");
                user.setFirstName("Will");
                user.setLastName("Moss");
                user.setEmail("will@example.gov.uk");
                user.setPassword(PASSWORD);
                test.identity.saveUser(user);
                test.identity.createMembership("will", "waste-managers");
                return test.directory.find("will").orElseThrow();
            });
            plans.decide(
                    will,
                    test.taskService
                            .createTaskQuery()
                            .processInstanceBusinessKey(plan.processKey())
                            .singleResult()
                            .getId(),
                    true,
                    null);
        }
    }
}
