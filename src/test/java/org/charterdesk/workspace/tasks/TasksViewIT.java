package org.charterdesk.workspace.tasks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanEvent;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskAction;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The task lists as officers and managers use them: claiming, filtering, reassigning, refreshing by themselves. */
class TasksViewIT extends ViewTestBase {

    @Autowired
    CaseTasks caseTasks;

    @Autowired
    ActionPlans plans;

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid() {
        return _get(Grid.class, spec -> spec.withId("task-grid"));
    }

    private static void tab(String id) {
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), text);
    }

    private static TasksView view() {
        return _get(TasksView.class);
    }

    private static TaskRow row(int index) {
        return GridKt._get(grid(), index);
    }

    private CaseFile listedFor(StaffMember member, String tab) {
        CaseFile c = phoneComplaint("housing", null);
        open(member, "tasks");
        tab(tab);
        search(c.getReference());
        return c;
    }

    /**
     * As the running application (see {@code DevelopmentModeIT}), views built here keep no record of where each
     * component was made: the view tests and the case page's benchmark build them as the application does.
     */
    @Test
    void theListKeepsNoRecordOfWhereItsComponentsWereMade() {
        open(olivia, "tasks");
        assertThat(ComponentTracker.findCreate(grid())).isNull();
        assertThat(ComponentTracker.findAttach(grid())).isNull();
    }

    @Test
    void anAddressOpensTheListItNamesSortedByTheDatabase() {
        at(LocalDate.of(2026, 11, 2));
        for (String name : new String[] {"Ann Ash", "Cal Cole", "Bea Birch"}) {
            intake.receive(
                    new NewCase(
                            CaseKind.COMPLAINT,
                            Channel.PHONE,
                            "housing",
                            customer(name, null),
                            "The repair was not done.",
                            null,
                            null,
                            new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                    Optional.of(fran));
        }

        open(olivia, "tasks?list=team&status=on-track&sort=customer&dir=desc&q=%20");
        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("tab-team");
        assertThat(_get(Select.class, spec -> spec.withId("filter-status")).getValue())
                .isEqualTo(CharterFlag.ON_TRACK);
        assertThat(grid().getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("customer");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        List<String> names = GridKt._fetch(grid(), 0, 500).stream()
                .map(TaskRow::customerName)
                .toList();
        assertThat(names).contains("Ann Ash", "Bea Birch", "Cal Cole");
        assertThat(names).isSortedAccordingTo(Comparator.<String>reverseOrder());

        grid().sort(List.of(new GridSortOrder<>(grid().getColumnByKey("customer"), SortDirection.ASCENDING)));
        List<String> upwards = GridKt._fetch(grid(), 0, 500).stream()
                .map(TaskRow::customerName)
                .toList();
        assertThat(upwards).isSorted();
    }

    private List<TaskRow> rowsOf(List<String> references) {
        return GridKt._fetch(grid(), 0, 1000).stream()
                .filter(r -> references.contains(r.caseReference()))
                .toList();
    }

    @Test
    void anOfficerClaimsSeveralStepsAtOnceAndIsToldWhichSomeoneElseGotFirst() {
        List<String> references = List.of(
                phoneComplaint("housing", null).getReference(),
                phoneComplaint("housing", null).getReference(),
                phoneComplaint("housing", null).getReference());
        open(olivia, "tasks");
        assertThat(_find(Button.class, spec -> spec.withId("bulk-claim")))
                .as("nothing to claim in My tasks")
                .isEmpty();
        assertThat(grid().getSelectionModel()).isInstanceOf(GridNoneSelectionModel.class);
        open(olivia, "tasks?list=team");
        List<TaskRow> rows = rowsOf(references);
        assertThat(rows).hasSize(3);
        rows.forEach(grid()::select);
        assertThat(_get(Button.class, spec -> spec.withId("bulk-claim")).getText())
                .isEqualTo("Claim 3 selected steps");
        // Harry claims the second one while Olivia's list is open.
        caseTasks.claim(taskId(references.get(1), ComplaintStep.RESPOND_AT_FRONTLINE), harry);

        _click(_get(Button.class, spec -> spec.withId("bulk-claim")));

        String result =
                _get(Div.class, spec -> spec.withId("bulk-result")).getElement().getTextRecursively();
        assertThat(result)
                .contains(
                        "Claimed 2 steps.", "Not done:", references.get(1) + " (Respond at frontline)", "Harry Stone");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKeyIn(references.toArray(String[]::new))
                        .taskAssignee("olivia")
                        .count())
                .isEqualTo(2);
        assertThat(grid().getSelectedItems()).isEmpty();
    }

    @Test
    void aManagerReassignsSeveralStepsToOneOfficer() {
        List<String> references = List.of(
                phoneComplaint("housing", null).getReference(),
                phoneComplaint("housing", null).getReference());
        references.forEach(r -> caseTasks.claim(taskId(r, ComplaintStep.RESPOND_AT_FRONTLINE), olivia));
        open(max, "tasks?list=overview");
        rowsOf(references).forEach(grid()::select);
        _click(_get(Button.class, spec -> spec.withId("bulk-reassign")));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> to = _get(ComboBox.class, spec -> spec.withId("bulk-reassign-to"));
        _setValue(
                to,
                to.getListDataView()
                        .getItems()
                        .filter(m -> m.username().equals("harry"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("bulk-reassign-confirm")));

        assertThat(_get(Div.class, spec -> spec.withId("bulk-result"))
                        .getElement()
                        .getTextRecursively())
                .contains("Reassigned to Harry Stone: 2 steps.")
                .doesNotContain("Not done");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKeyIn(references.toArray(String[]::new))
                        .taskAssignee("harry")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void anOfficerClaimsANewComplaintFromTeamTasksAndItMovesToMyTasks() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = listedFor(olivia, "tab-team");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains(
                        "Respond at frontline", "Housing", "Stage 1", "Pat Jones", "2 Nov", "9 Nov", "5 working days");
        assertThat(row(0).actions()).containsExactly(TaskAction.CLAIM);
        view().claim(row(0));

        assertThat(GridKt._size(grid())).isZero();
        tab("tab-mine");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(grid().getDataProvider()).isNotNull();
        assertThat(GridKt._get(grid(), 0).assignee()).isEqualTo("olivia");
        assertThat(row(0).actions()).containsExactly(TaskAction.OPEN, TaskAction.GIVE_BACK);
        assertThat(timeline(c.getReference())).contains(EventType.TASK_CLAIMED);
        assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).startsWith("My tasks (");
    }

    @Test
    void aStepDueOnFridayIsOverdueAtTheWeekendAndNeverDueToday() {
        at(LocalDate.of(2026, 10, 30));
        CaseFile c = phoneComplaint("housing", null);
        assertThat(reload(c.getReference()).getReceivedOn()).isEqualTo(LocalDate.of(2026, 10, 30));

        at(LocalDate.of(2026, 11, 7));
        open(olivia, "tasks");
        tab("tab-team");
        search(c.getReference());
        assertThat(GridKt._get(grid(), 0).status()).isEqualTo(CharterFlag.OVERDUE);
        assertThat(GridKt._get(grid(), 0).dueOn()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("Overdue since Fri 6 Nov", "Overdue")
                .doesNotContain("Due today");
    }

    @Test
    void statusAndWorkingDaysLeftFollowTheCharterDeadlineAndTheCalendar() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = phoneComplaint("housing", null);

        at(LocalDate.of(2026, 11, 6));
        open(olivia, "tasks");
        tab("tab-team");
        search(c.getReference());
        TaskRow row = GridKt._get(grid(), 0);
        assertThat(row.status()).isEqualTo(CharterFlag.AT_RISK);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("1 working day");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("At risk");

        at(LocalDate.of(2026, 11, 10));
        open(olivia, "tasks");
        tab("tab-team");
        search(c.getReference());
        assertThat(GridKt._get(grid(), 0).status()).isEqualTo(CharterFlag.OVERDUE);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("1 working day late");

        @SuppressWarnings("unchecked")
        Select<CharterFlag> status = _get(Select.class, spec -> spec.withId("filter-status"));
        _setValue(status, CharterFlag.ON_TRACK);
        assertThat(GridKt._size(grid())).isZero();
        _setValue(status, CharterFlag.OVERDUE);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void mostUrgentComesFirst() {
        at(LocalDate.of(2026, 10, 1));
        CaseFile older = phoneComplaint("housing", null);
        at(LocalDate.of(2026, 10, 2));
        CaseFile newer = phoneComplaint("housing", null);
        open(olivia, "tasks");
        tab("tab-team");
        search("Pat Jones");
        var rows = GridKt._fetch(grid(), 0, GridKt._size(grid())).stream()
                .map(TaskRow::caseReference)
                .toList();
        assertThat(rows.indexOf(older.getReference())).isLessThan(rows.indexOf(newer.getReference()));
        var dues = GridKt._fetch(grid(), 0, GridKt._size(grid())).stream()
                .map(TaskRow::dueOn)
                .toList();
        assertThat(dues).isSorted();
    }

    @Test
    void aWasteOfficerSeesNoHousingStepsAndCannotFilterToHousing() {
        CaseFile c = listedFor(wendy, "tab-team");
        assertThat(GridKt._size(grid())).isZero();
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("filter-service"));
        assertThat(service.getListDataView().getItems().map(s -> s.code())).containsExactly("waste");
        tab("tab-mine");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(c.getReference()).isNotBlank();
    }

    @Test
    void aManagerSeesWhoHoldsEachStepAndReassignsOne() {
        CaseFile c = phoneComplaint("housing", null);
        String task = taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE);
        caseTasks.claim(task, olivia);
        open(max, "tasks");
        tab("tab-overview");
        search(c.getReference());
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Olivia Grant");

        assertThat(row(0).actions())
                .contains(TaskAction.REASSIGN, TaskAction.GIVE_BACK)
                .doesNotContain(TaskAction.CLAIM, TaskAction.OPEN);
        view().reassign(row(0));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> to = _get(ComboBox.class, spec -> spec.withId("reassign-to"));
        assertThat(to.getListDataView().getItems().map(StaffMember::username))
                .contains("olivia", "harry")
                .doesNotContain("max", "wendy");
        _setValue(to, harry);
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("harry");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Harry Stone");
        assertThat(timeline(c.getReference())).contains(EventType.TASK_REASSIGNED);
    }

    @Test
    void anOfficerHasNoTeamOverview() {
        open(olivia, "tasks");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Tab.class, spec -> spec.withId("tab-overview")))
                .isEmpty();
    }

    @Test
    void anOfficerWhoClaimsTooLateIsToldWhoHasTheStep() {
        CaseFile c = listedFor(olivia, "tab-team");
        TaskRow stale = row(0);
        caseTasks.claim(taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE), harry);

        view().claim(stale);

        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Harry Stone has already taken 'Respond at frontline'");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE))
                        .singleResult()
                        .getAssignee())
                .isEqualTo("harry");
    }

    @Test
    void theServerRefusesAClaimFromSomeoneOutsideTheTeamWhateverTheScreenOffers() {
        CaseFile c = listedFor(olivia, "tab-team");
        TaskRow housingStep = row(0);
        open(wendy, "tasks");
        view().claim(housingStep);
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("You do not work for Housing");
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(housingStep.taskId())
                        .singleResult()
                        .getAssignee())
                .isNull();
        assertThat(c.getReference()).isEqualTo(housingStep.caseReference());
    }

    @Test
    void theListRefreshesByItselfWhenAStepIsClaimedElsewhere() throws InterruptedException {
        CaseFile c = listedFor(olivia, "tab-team");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        caseTasks.claim(taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE), harry);

        // The refresh arrives from another thread (never the one that made the change), within a second or so.
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (GridKt._size(grid()) != 0 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void aPlanSentBackIsClaimedFromTeamTasksAndOnlyItsHolderMayResendItUntilTheyGiveItBack() {
        at(LocalDate.of(2026, 11, 3));
        PlanSummary plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "Damp and mould",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.COMPLAINTS_LEARNING));
        plans.addAction(
                olivia,
                plan.id(),
                new ActionInput(
                        "Survey every damp report", "harry", LocalDate.of(2027, 1, 29), "All surveyed within 10 days"));
        plans.submit(olivia, plan.id());
        plans.decide(
                max,
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .singleResult()
                        .getId(),
                false,
                "Say who checks the surveys");

        open(olivia, "tasks");
        tab("tab-team");
        search("PLAN-" + plan.id());
        TaskRow revise = row(0);
        assertThat(revise.stepName()).isEqualTo("Revise the plan after comments");
        assertThat(revise.actions()).containsExactly(TaskAction.CLAIM, TaskAction.OPEN);
        view().claim(revise);
        assertThat(GridKt._size(grid())).isZero();
        tab("tab-mine");
        assertThat(row(0).actions()).containsExactly(TaskAction.OPEN, TaskAction.GIVE_BACK);

        // Harry, in the same team, sees who holds it and is not offered the step; the server refuses it too.
        open(harry, "plans/" + plan.id());
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("plan-steps"))
                        .getElement()
                        .getTextRecursively())
                .contains("Revise the plan after comments, with Olivia Grant");
        assertThat(_find(Button.class, spec -> spec.withId("resubmit-plan"))).isEmpty();
        assertThatThrownBy(() -> plans.resubmit(harry, revise.taskId()))
                .hasMessage("Olivia Grant has already taken 'Revise the plan after comments'");

        // Olivia gives it back from My tasks; then Harry may send it.
        open(olivia, "tasks");
        tab("tab-mine");
        search("PLAN-" + plan.id());
        view().giveBack(row(0));
        assertThat(GridKt._size(grid())).isZero();
        open(harry, "plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withId("resubmit-plan")));
        assertThat(plans.history(plan.id()))
                .extracting(PlanEvent::getText)
                .contains(
                        "Olivia Grant took 'Revise the plan after comments'",
                        "Olivia Grant gave 'Revise the plan after comments' back to the team",
                        "Revised and sent again for approval");
    }
}
