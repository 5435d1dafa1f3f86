package org.charterdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardSteps;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.work.StepTakenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A service's scorecard steps in its team's task lists: due dates, claiming, the approvals inbox and the repair. */
class ScorecardStepsInListsIT extends IntegrationTestBase {

    private static final LocalDate END = LocalDate.of(2033, 3, 31);

    @Autowired
    TaskLists lists;

    @Autowired
    TaskActions actions;

    @Autowired
    TaskListRepair repair;

    @Autowired
    ScorecardReturns returns;

    @AfterEach
    void forgetTheReturns() {
        forgetScorecard(END, END);
    }

    private List<TaskRow> figuresIn(StaffMember member, TaskListKind kind) {
        return lists.page(member, kind, TaskListFilter.none(), 0, 500).stream()
                .filter(r -> r.caseReference().startsWith("FIGURES-"))
                .toList();
    }

    @Test
    void theServicesTeamTakesItsFiguresStepAndTheRepairRebuildsItsRow() {
        StaffMember wasteManager = staff("walt", "Walt", "Bins", StaffGroups.managers("waste"));
        at(LocalDate.of(2033, 4, 1), LocalTime.of(6, 0));
        runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS);
        at(LocalDate.of(2033, 4, 4));
        Long id = returns.find("waste", END).orElseThrow().id();
        String reference = "FIGURES-" + id;

        TaskRow row = figuresIn(wendy, TaskListKind.TEAM).stream()
                .filter(r -> r.caseReference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(row.stepName()).isEqualTo("Enter this period's figures");
        assertThat(row.subjectPath()).isEqualTo("scorecard/returns/" + id);
        assertThat(row.serviceName()).isEqualTo("Waste and Recycling");
        assertThat(row.customerName()).isEqualTo("Waste and Recycling figures for the period ending 2033-03-31");
        assertThat(row.dueOn()).isEqualTo(returns.find(id).getDueOn());
        assertThat(figuresIn(olivia, TaskListKind.TEAM))
                .noneMatch(r -> r.caseReference().equals(reference));
        assertThat(figuresIn(wasteManager, TaskListKind.APPROVALS))
                .anyMatch(r -> r.caseReference().equals(reference));

        actions.claim(row.taskId(), wendy);
        assertThat(figuresIn(wendy, TaskListKind.MINE))
                .anyMatch(r -> r.caseReference().equals(reference));
        StaffMember wes = staff("wes-t", "Wes", "Test", StaffGroups.officers("waste"));
        assertThatThrownBy(() -> actions.claim(row.taskId(), wes)).isInstanceOf(StepTakenException.class);

        jdbc.update("delete from task_list_team where task_id = ?", row.taskId());
        jdbc.update("delete from task_list_entry where task_id = ?", row.taskId());
        assertThat(figuresIn(wendy, TaskListKind.MINE)).isEmpty();
        repair.repair();
        TaskRow rebuilt = figuresIn(wendy, TaskListKind.MINE).stream()
                .filter(r -> r.caseReference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(rebuilt.subjectPath()).isEqualTo(row.subjectPath());
        assertThat(rebuilt.dueOn()).isEqualTo(row.dueOn());
        assertThat(rebuilt.assignee()).isEqualTo("wendy");
    }
}
