package org.charterdesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.actionplans.AssessmentSummary;
import org.charterdesk.actionplans.CseElement;
import org.charterdesk.actionplans.CseStandard;
import org.charterdesk.actionplans.PlanAction;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.actionplans.ProgressInput;
import org.charterdesk.actionplans.Rating;
import org.charterdesk.actionplans.RatingInput;
import org.charterdesk.actionplans.Review;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.security.StaffMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo action plans: Housing's completed self-assessment, an approved Housing plan from its gaps and from a
 * complaint's learning with actions at several statuses, and a Waste plan waiting for its manager's approval.
 */
@Component
@ConditionalOnProperty(name = "charterdesk.demo.enabled", havingValue = "true")
class DemoPlans {

    private final SelfAssessments assessments;
    private final CseStandard standard;
    private final ActionPlans plans;
    private final CaseFileRepository cases;
    private final TaskService tasks;
    private final Clock clock;
    private final CalendarProperties calendar;

    DemoPlans(
            SelfAssessments assessments,
            CseStandard standard,
            ActionPlans plans,
            CaseFileRepository cases,
            TaskService tasks,
            Clock clock,
            CalendarProperties calendar) {
        this.assessments = assessments;
        this.standard = standard;
        this.plans = plans;
        this.cases = cases;
        this.tasks = tasks;
        this.clock = clock;
        this.calendar = calendar;
    }

    void load(StaffMember olivia, StaffMember max, StaffMember wendy) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        AssessmentSummary assessment = assessHousing(max);
        List<PlanAction> fromGaps = approvedHousingPlan(olivia, max, assessment, today);
        recordProgress(olivia, fromGaps);
        wastePlanForApproval(wendy, today);
    }

    /** Housing's completed self-assessment, with gaps for the plan. */
    private AssessmentSummary assessHousing(StaffMember max) {
        AssessmentSummary assessment = assessments.start(max, "housing", Review.INITIAL);
        for (CseElement element : standard.elements()) {
            Rating rating = switch (element.getCode()) {
                case "4.3.2", "5.1.2" -> Rating.PARTIAL_COMPLIANCE;
                case "1.2.2" -> Rating.NON_COMPLIANCE;
                case "2.2.1", "3.3.1" -> Rating.COMPLIANCE_PLUS;
                default -> Rating.COMPLIANCE;
            };
            assessments.rate(
                    max,
                    assessment.id(),
                    element.getCode(),
                    new RatingInput(rating, "Discussed at the team meeting; notes on the shared drive.", null));
        }
        assessments.complete(max, assessment.id());

        return assessment;
    }

    /** Housing's plan from the assessment's gaps and a complaint's learning, approved by Max. */
    private List<PlanAction> approvedHousingPlan(
            StaffMember olivia, StaffMember max, AssessmentSummary assessment, LocalDate today) {
        PlanSummary housing = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "Housing: listening and learning",
                        today.withDayOfMonth(1),
                        today.withDayOfMonth(1).plusYears(1).minusDays(1),
                        PlanSource.SELF_ASSESSMENT));
        List<PlanAction> fromGaps =
                plans.actionsFromGaps(max, housing.id(), assessment.id(), "olivia", today.plusMonths(4));
        cases.findAll().stream()
                .filter(c -> c.serviceCode().equals("housing") && c.getStatus() == CaseStatus.ESCALATION_REQUESTED)
                .findFirst()
                .ifPresent(c ->
                        plans.actionFromLearning(max, housing.id(), c.getReference(), "olivia", today.plusMonths(2)));
        plans.submit(olivia, housing.id());
        plans.decide(
                max,
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(housing.processKey())
                        .singleResult()
                        .getId(),
                true,
                "A good plan: please report progress at the team meeting too.");
        return fromGaps;
    }

    private void recordProgress(StaffMember olivia, List<PlanAction> fromGaps) {
        plans.recordProgress(
                olivia,
                fromGaps.get(0).getId(),
                null,
                new ProgressInput(
                        ActionStatus.COMPLETE, "New complaint leaflet published and sent to every tenant.", null));
        plans.recordProgress(
                olivia,
                fromGaps.get(1).getId(),
                null,
                new ProgressInput(
                        ActionStatus.ON_TRACK, "Response-time standards drafted with the tenants' panel.", null));
        plans.recordProgress(
                olivia,
                fromGaps.get(2).getId(),
                null,
                new ProgressInput(
                        ActionStatus.AT_RISK,
                        "Only two tenants came to the first panel; we are trying evening meetings.",
                        null));
    }

    /** Waste's plan, waiting for Will's approval. */
    private void wastePlanForApproval(StaffMember wendy, LocalDate today) {
        PlanSummary waste = plans.create(
                wendy,
                new PlanInput(
                        "waste",
                        false,
                        "Waste: fewer missed bins",
                        today.withDayOfMonth(1),
                        today.withDayOfMonth(1).plusMonths(6).minusDays(1),
                        PlanSource.COMPLAINTS_LEARNING));
        plans.addAction(
                wendy,
                waste.id(),
                new ActionInput(
                        "Photograph every missed-bin report at the kerb",
                        "wendy",
                        today.plusMonths(3),
                        "Missed bins down by a third"));
        plans.submit(wendy, waste.id());
    }
}
