package org.charterdesk.complaints.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.work.StepRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nobody decides their own request. Before, a member of staff who was both an officer and a manager of a service
 * approved their own request for more time. Now the server refuses it, and neither the lists nor the approvals
 * inbox offer it to them; another manager decides.
 */
class SeparationOfDutiesIT extends IntegrationTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    InvestigationSteps investigation;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    TaskLists lists;

    @Autowired
    TaskActions actions;

    @Autowired
    ActionPlans plans;

    StaffMember mona;

    @BeforeEach
    void officerAndManager() {
        mona = staff("mona", "Mona", "Reid", StaffGroups.officers("housing"), StaffGroups.managers("housing"));
        at(LocalDate.of(2026, 11, 2));
    }

    @Test
    void nobodyDecidesTheirOwnRequestForMoreTime() {
        String ref = phoneComplaint("housing", null).getReference();
        frontline.requestExtension(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), new ExtensionInput(3, "Waiting for a survey"), mona);
        String decide = taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION);

        assertThatThrownBy(() -> decisions.decideExtension(decide, ManagerDecision.approved(), mona))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage("You asked for this extension yourself: another manager must decide it");
        assertThatThrownBy(() -> actions.claim(decide, mona)).isInstanceOf(StepRefusedException.class);
        assertThat(approvals(mona)).doesNotContain(decide);
        assertThat(approvals(max)).contains(decide);
        assertThat(actions.whoCouldTake(decide, max))
                .extracting(StaffMember::username)
                .contains("max")
                .doesNotContain("mona");

        decisions.decideExtension(decide, ManagerDecision.approved(), max);
    }

    @Test
    void nobodySignsOffAFinalResponseTheyWrote() {
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We checked.", null, null, null),
                olivia);
        escalations.request(ref, new EscalationRequest(null, "Still unhappy"), Optional.of(fran));
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        investigation.acknowledge(
                taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2), new PointsInput(List.of("The repair"), null), mona);
        investigation.submit(
                taskId(ref, ComplaintStep.INVESTIGATE),
                new InvestigationInput(
                        List.of("It was late."),
                        new DecisionInput(Outcome.UPHELD, "It was late.", "We are sorry.", null, null)),
                mona);
        String signOff = taskId(ref, ComplaintStep.SIGN_OFF_FINAL_RESPONSE);

        assertThatThrownBy(() -> decisions.signOffFinalResponse(signOff, ManagerDecision.approved(), mona))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage("You wrote this final response: another manager must sign it off");
        assertThat(approvals(mona)).doesNotContain(signOff);
        assertThat(approvals(max)).contains(signOff);
    }

    @Test
    void nobodyApprovesAPlanTheySent() {
        PlanSummary plan = plans.create(
                mona,
                new PlanInput(
                        "housing",
                        false,
                        "Mona's plan",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.COMPLAINTS_LEARNING));
        plans.addAction(
                mona,
                plan.id(),
                new ActionInput("Call back within a day", "mona", LocalDate.of(2027, 1, 29), "All calls returned"));
        plans.submit(mona, plan.id());
        String review = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .singleResult()
                .getId();

        assertThatThrownBy(() -> plans.decide(mona, review, true, null))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage("You sent this plan for approval: someone else must decide on it");
        assertThat(approvals(mona)).doesNotContain(review);
        assertThat(lists.page(mona, TaskListKind.TEAM, TaskListFilter.none(), 0, 500))
                .extracting(TaskRow::taskId)
                .doesNotContain(review);
        assertThat(approvals(max)).contains(review);
        plans.decide(max, review, true, null);
    }

    private List<String> approvals(StaffMember member) {
        return lists.page(member, TaskListKind.APPROVALS, TaskListFilter.none(), 0, 500).stream()
                .map(TaskRow::taskId)
                .toList();
    }
}
