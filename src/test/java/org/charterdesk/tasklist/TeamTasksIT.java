package org.charterdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.charterdesk.complaints.ClosureDayMoves;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Team tasks are read from the teams' rows, which carry copies of what the list filters and sorts by. Whatever
 * happens to a step (claimed, given back, its deadline moved, offered to a second team), the list shows it where
 * the step's own row says it belongs, and every team row agrees with its step's row afterwards.
 */
class TeamTasksIT extends IntegrationTestBase {

    @Autowired
    TaskLists lists;

    @Autowired
    ClosureDayMoves closureDays;

    @AfterEach
    void everyTeamRowAgreesWithItsStep() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_list_team t join task_list_entry e on e.task_id = t.task_id"
                                + " where t.due_on is distinct from e.due_on or t.created_at <> e.created_at"
                                + " or t.claimed <> (e.assignee is not null) or t.not_for is distinct from e.not_for"
                                + " or t.shared <> ((select count(*) from task_list_team o where o.task_id = t.task_id)"
                                + " > 1)",
                        Integer.class))
                .isZero();
    }

    @Test
    void aClaimedStepLeavesTheTeamsListAndComesBackInItsPlaceWhenGivenBack() {
        String first = stepReceivedOn(LocalDate.of(2030, 3, 4));
        String second = stepReceivedOn(LocalDate.of(2030, 3, 5));
        String third = stepReceivedOn(LocalDate.of(2030, 3, 6));
        StaffMember tara = staff("tara", "Tara", "Team", StaffGroups.officers("housing"));
        long before = lists.count(tara, TaskListKind.TEAM, TaskListFilter.none());
        assertThat(ours(tara, first, second, third)).containsExactly(first, second, third);

        taskService.claim(second, "olivia");
        assertThat(ours(tara, first, second, third)).containsExactly(first, third);
        assertThat(lists.count(tara, TaskListKind.TEAM, TaskListFilter.none())).isEqualTo(before - 1);

        taskService.setAssignee(second, null);
        assertThat(ours(tara, first, second, third)).containsExactly(first, second, third);
        assertThat(lists.count(tara, TaskListKind.TEAM, TaskListFilter.none())).isEqualTo(before);
    }

    @Test
    void aStepWhoseDeadlineMovesIsListedByItsNewDueDate() {
        String early = stepReceivedOn(LocalDate.of(2031, 3, 3));
        String late = stepReceivedOn(LocalDate.of(2031, 3, 4));
        StaffMember tara = staff("tara", "Tara", "Team", StaffGroups.officers("housing"));
        assertThat(ours(tara, early, late)).containsExactly(early, late);

        // A closure day on the earlier's due date falls inside both deadlines: both move later.
        LocalDate earlyDue = dueOn(early);
        LocalDate lateDue = dueOn(late);
        closureDays.add(earlyDue, "Staff training day", true, admin);
        assertThat(dueOn(early)).isAfter(earlyDue);
        assertThat(dueOn(late)).isAfter(lateDue);
        assertThat(jdbc.queryForList(
                        "select due_on from task_list_team where task_id in (?, ?) order by due_on",
                        LocalDate.class,
                        early,
                        late))
                .containsExactly(dueOn(early), dueOn(late));
        // Sooner due first; on the same day, the older first.
        assertThat(ours(tara, early, late))
                .containsExactlyElementsOf(
                        dueOn(late).isBefore(dueOn(early)) ? List.of(late, early) : List.of(early, late));
    }

    @Test
    void aStepTwoOfTheMembersTeamsMayTakeIsListedAndCountedOnce() {
        String step = stepReceivedOn(LocalDate.of(2032, 3, 2));
        StaffMember both =
                staff("bea", "Bea", "Both", StaffGroups.officers("housing"), StaffGroups.managers("housing"));
        long before = lists.count(both, TaskListKind.TEAM, TaskListFilter.none());

        taskService.addCandidateGroup(step, StaffGroups.managers("housing"));
        assertThat(jdbc.queryForList("select team from task_list_team where task_id = ?", String.class, step))
                .containsExactlyInAnyOrder(StaffGroups.officers("housing"), StaffGroups.managers("housing"));

        assertThat(whole(both).stream().filter(row -> row.taskId().equals(step)))
                .hasSize(1);
        assertThat(lists.count(both, TaskListKind.TEAM, TaskListFilter.none())).isEqualTo(before);
    }

    private String stepReceivedOn(LocalDate day) {
        at(day, LocalTime.of(10, 0));
        return taskId(phoneComplaint("housing", null).getReference(), ComplaintStep.RESPOND_AT_FRONTLINE);
    }

    /** The member's whole Team tasks list, however many steps the other tests left open in the same teams. */
    private List<TaskRow> whole(StaffMember member) {
        int all = (int) lists.count(member, TaskListKind.TEAM, TaskListFilter.none());
        return lists.page(member, TaskListKind.TEAM, TaskListFilter.none(), 0, all);
    }

    /** The given steps in the order the member's Team tasks shows them, leaving out any the list does not show. */
    private List<String> ours(StaffMember member, String... steps) {
        List<String> wanted = List.of(steps);
        return whole(member).stream()
                .map(TaskRow::taskId)
                .filter(wanted::contains)
                .toList();
    }

    private LocalDate dueOn(String step) {
        return jdbc.queryForObject("select due_on from task_list_entry where task_id = ?", LocalDate.class, step);
    }
}
