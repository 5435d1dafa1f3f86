package org.charterdesk.complaints.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.testsupport.AtOnce;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two officers claiming the same step at the same moment: exactly one wins, the other is told who. */
class ClaimRaceIT extends IntegrationTestBase {

    @Autowired
    CaseTasks tasks;

    @Autowired
    FrontlineSteps frontline;

    @RepeatedTest(5)
    void exactlyOneOfTwoSimultaneousClaimsWins() throws Exception {
        at(LocalDate.of(2026, 11, 2));
        String ref = phoneComplaint("housing", null).getReference();
        String task = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        List<String> results = AtOnce.run(List.of(olivia, harry).stream()
                .map(officer -> (Callable<String>) () -> {
                    try {
                        tasks.claim(task, officer);
                        return "won:" + officer.username();
                    } catch (StepTakenException e) {
                        return "told:" + e.getMessage();
                    }
                })
                .toList());
        List<String> winners =
                results.stream().filter(r -> r.startsWith("won:")).toList();
        assertThat(winners).hasSize(1);
        String winner = winners.get(0).substring(4);
        String winnerName = winner.equals("olivia") ? "Olivia Grant" : "Harry Stone";
        assertThat(results)
                .filteredOn(r -> r.startsWith("told:"))
                .singleElement()
                .isEqualTo("told:" + winnerName + " has already taken 'Respond at frontline'");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(winner);
        assertThat(timeline(ref)).filteredOn(t -> t == EventType.TASK_CLAIMED).hasSize(1);
    }

    @Test
    void onlyTheHolderCanCompleteAndAManagerCanReassign() {
        at(LocalDate.of(2026, 11, 2));
        String ref = phoneComplaint("housing", null).getReference();
        String task = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        tasks.claim(task, olivia);

        assertThatThrownBy(() -> frontline.respond(
                        task, new DecisionInput(Outcome.RESOLVED, "Sorted.", null, null, null), harry))
                .isInstanceOf(StepTakenException.class)
                .hasMessageContaining("Olivia Grant");
        assertThatThrownBy(() -> tasks.reassign(task, "harry", olivia)).isInstanceOf(StepRefusedException.class);
        assertThatThrownBy(() -> tasks.claim(task, wendy)).isInstanceOf(StepRefusedException.class);

        tasks.reassign(task, "harry", max);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("harry");
        tasks.release(task, harry);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isNull();
        assertThat(timeline(ref))
                .containsSubsequence(EventType.TASK_CLAIMED, EventType.TASK_REASSIGNED, EventType.TASK_RELEASED);
    }
}
