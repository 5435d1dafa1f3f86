package org.charterdesk.workspace.plans;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.actionplans.PlanReport;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drawing up a plan, approving it, recording progress and reporting it, on the plan screens (Karibu). */
class PlanViewsIT extends ViewTestBase {

    @Autowired
    PlanReport report;

    @Test
    void anOfficerDrawsUpAPlanTheManagerApprovesItAndProgressReachesTheCommitteeReport() {
        at(LocalDate.of(2026, 11, 2));
        open(olivia, "plans");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("plan-service"));
        _setValue(
                service,
                service.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("housing"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("plan-title")), "Repairs that keep their promises");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-from")), LocalDate.of(2026, 11, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-to")), LocalDate.of(2027, 10, 31));
        @SuppressWarnings("unchecked")
        Select<PlanSource> source = _get(Select.class, spec -> spec.withId("plan-source"));
        _setValue(source, PlanSource.COMPLAINTS_LEARNING);
        _click(_get(Button.class, spec -> spec.withId("create-plan")));
        assertThat(_get(H1.class, spec -> spec.withId("plan-title")).getText())
                .isEqualTo("Repairs that keep their promises");
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        _click(_get(Button.class, spec -> spec.withId("add-action")));
        assertThat(_get(TextArea.class, spec -> spec.withId("action-description"))
                        .getErrorMessage())
                .isEqualTo("Say what will be done");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-description")), "Text every tenant the day before");
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = _get(ComboBox.class, spec -> spec.withId("action-owner"));
        _setValue(owner, "olivia");
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-target")), LocalDate.of(2027, 3, 31));
        _setValue(_get(TextField.class, spec -> spec.withId("action-measure")), "No missed appointments");
        _click(_get(Button.class, spec -> spec.withId("add-action")));
        _click(_get(Button.class, spec -> spec.withId("submit-plan")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .startsWith("Waiting for approval");

        open(max, location);
        _click(_get(Button.class, spec -> spec.withId("approve-plan")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-status")).getText())
                .startsWith("Approved and active");
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("plan-history"));
        assertThat(GridKt._getFormattedRow(history, GridKt._size(history) - 1))
                .anyMatch(cell -> cell.contains("The plan is approved and in force"));

        // A quarter later, the owner records progress from the step waiting on the plan.
        var job = management.createJobQuery().activityId("QuarterDue").list().stream()
                .filter(j -> runtime.createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()
                        .equals("plan-" + location.substring(location.lastIndexOf('/') + 1)))
                .findFirst()
                .orElseThrow();
        management.executeJob(job.getId());
        open(olivia, location);
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withId("progress-status"));
        _setValue(status, ActionStatus.ON_TRACK);
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-note")), "Texts go out from Monday");
        _click(_get(Button.class, spec -> spec.withId("record-progress")));
        @SuppressWarnings("unchecked")
        Grid<Object> actions = _get(Grid.class, spec -> spec.withId("plan-actions"));
        assertThat(GridKt._getFormattedRow(actions, 0))
                .anyMatch(cell -> cell.endsWith("Texts go out from Monday"))
                .contains("On track");

        assertThat(report.csv(max, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)))
                .contains(
                        "Repairs that keep their promises,Text every tenant the day before,olivia,2027-03-31,On track")
                .contains("Texts go out from Monday");
        byte[] pdf = report.pdf(max, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void planStepsAppearInTheSameTaskListsAndApprovalsInbox() {
        at(LocalDate.of(2026, 11, 2));
        var plans = context.getBean(org.charterdesk.actionplans.ActionPlans.class);
        var lists = context.getBean(org.charterdesk.tasklist.TaskLists.class);
        var plan = plans.create(
                olivia,
                new org.charterdesk.actionplans.PlanInput(
                        "housing",
                        true,
                        "Corporate plan",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.STRATEGY));
        plans.addAction(
                olivia,
                plan.id(),
                new org.charterdesk.actionplans.ActionInput(
                        "Publish the charter in " + "five languages", "harry", LocalDate.of(2027, 1, 29), "Published"));
        plans.submit(olivia, plan.id());
        var filter = new org.charterdesk.tasklist.TaskListFilter(null, null, null, "PLAN-" + plan.id());

        var approvals = lists.page(max, org.charterdesk.tasklist.TaskListKind.APPROVALS, filter, 0, 10);
        assertThat(approvals).singleElement().satisfies(row -> {
            assertThat(row.stepName()).isEqualTo("Review the action plan");
            assertThat(row.planId()).isEqualTo(plan.id());
            assertThat(row.customerName()).isEqualTo("Corporate plan");
            assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        });
        open(max, "approvals");
        assertThat(com.github.mvysny.kaributesting.v23.VirtualListsKt._findAll(_get(
                        com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withId("approvals"))))
                .anyMatch(row -> ((org.charterdesk.tasklist.TaskRow) row).isPlanStep());

        plans.decide(
                max,
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .singleResult()
                        .getId(),
                true,
                null);
        assertThat(lists.page(max, org.charterdesk.tasklist.TaskListKind.APPROVALS, filter, 0, 10))
                .isEmpty();
        assertThat(lists.page(cora, org.charterdesk.tasklist.TaskListKind.TEAM, filter, 0, 10))
                .extracting(org.charterdesk.tasklist.TaskRow::stepName)
                .containsExactly("Approve the corporate plan (customer focus group)");
        plans.decide(
                cora,
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .singleResult()
                        .getId(),
                true,
                null);

        management.executeJob(management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(plan.processKey())
                        .singleResult()
                        .getId())
                .activityId("QuarterDue")
                .singleResult()
                .getId());
        assertThat(lists.page(harry, org.charterdesk.tasklist.TaskListKind.MINE, filter, 0, 10))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.stepName()).isEqualTo("Record progress on the action");
                    assertThat(row.dueOn()).isEqualTo(LocalDate.of(2027, 1, 29));
                });
    }

    @Test
    void anotherServicesPlanIsRefused() {
        open(olivia, "plans");
        _setValue(_get(TextField.class, spec -> spec.withId("plan-title")), "Missing service");
        _click(_get(Button.class, spec -> spec.withId("create-plan")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Choose the service", "Give the start of the plan's period");
        var plans = context.getBean(org.charterdesk.actionplans.ActionPlans.class);
        var plan = plans.create(
                olivia,
                new org.charterdesk.actionplans.PlanInput(
                        "housing",
                        false,
                        "Housing only",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.STRATEGY));
        open(wendy, "plans/" + plan.id());
        assertThat(_get(H1.class, spec -> spec.withId("not-allowed")).getText()).isEqualTo("You cannot open this");
    }
}
