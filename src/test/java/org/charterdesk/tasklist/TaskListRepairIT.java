package org.charterdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task lists' read model is repaired against the engine row by row, for complaint and plan steps alike: what
 * start-up runs after a crash, and the schedule runs every quarter of an hour.
 */
class TaskListRepairIT extends IntegrationTestBase {

    @Autowired
    TaskListRepair repair;

    @Autowired
    TaskListEntryRepository entries;

    @Autowired
    ActionPlans plans;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void missingWrongAndStaleRowsOfEitherKindAreRepaired() {
        at(LocalDate.of(2026, 11, 3));
        String complaintStep =
                taskId(phoneComplaint("housing", null).getReference(), ComplaintStep.RESPOND_AT_FRONTLINE);
        String claimedStep = taskId(phoneComplaint("housing", null).getReference(), ComplaintStep.RESPOND_AT_FRONTLINE);
        taskService.claim(claimedStep, "olivia");
        String planStep = planReview();
        Row complaintRow = row(complaintStep);
        Row planRow = row(planStep);
        assertThat(repair.repair()).as("nothing to repair yet").isZero();

        transaction.executeWithoutResult(status -> {
            entries.deleteAllById(Set.of(complaintStep, planStep));
            entries.findById(claimedStep).orElseThrow().setAssignee(null);
            entries.save(TaskListEntry.forPlan(
                    "no-such-step",
                    1L,
                    "ReviewPlan",
                    "Gone",
                    "housing",
                    "Housing",
                    "Gone",
                    LocalDate.now(),
                    Instant.now()));
        });
        assertThat(entries.findById(complaintStep)).isEmpty();

        assertThat(repair.repair()).isEqualTo(4);

        assertThat(row(complaintStep)).isEqualTo(complaintRow);
        assertThat(complaintRow.stepName()).isEqualTo("Respond at frontline");
        assertThat(row(planStep)).isEqualTo(planRow);
        assertThat(planRow.stepName()).isEqualTo("Review the action plan");
        assertThat(entries.findById(claimedStep).orElseThrow().getAssignee()).isEqualTo("olivia");
        assertThat(entries.findById("no-such-step")).isEmpty();
        assertThat(repair.repair()).as("and it is all in step again").isZero();
    }

    /** What a list shows of a step's row. */
    record Row(String reference, Long planId, String stepName, LocalDate dueOn, String assignee, Set<String> teams) {}

    private Row row(String taskId) {
        return transaction.execute(status -> entries.findById(taskId)
                .map(e -> new Row(
                        e.getCaseReference(),
                        e.getPlanId(),
                        e.getStepName(),
                        e.getDueOn(),
                        e.getAssignee(),
                        Set.copyOf(e.getTeams())))
                .orElseThrow());
    }

    private String planReview() {
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "Repairs follow-up",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.COMPLAINTS_LEARNING));
        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput("Text every tenant the day before", "olivia", LocalDate.of(2027, 2, 1), "No misses"));
        plans.submit(olivia, plan.id());
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(plan.processKey())
                .singleResult()
                .getId();
    }
}
