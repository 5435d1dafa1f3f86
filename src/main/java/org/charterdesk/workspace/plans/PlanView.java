package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.actionplans.ActionLine;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanPage;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanStatus;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * A plan: its actions with owner, target, status and latest progress; the steps waiting on the reader (approve or
 * send back with comments, revise, record progress); adding actions; and its history of approvals and comments.
 */
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("Action plan | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE, Roles.ADMIN})
public class PlanView extends VerticalLayout implements HasUrlParameter<Long> {

    private final StaffMember member;
    private final PlanQueries queries;
    private final ActionPlans plans;
    private final StaffDirectory directory;
    private Long planId;

    public PlanView(CurrentStaff currentStaff, PlanQueries queries, ActionPlans plans, StaffDirectory directory) {
        this.member = currentStaff.require();
        this.queries = queries;
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.planId = id;
        show();
    }

    private void show() {
        removeAll();
        PlanPage page = queries.page(member, planId);
        PlanSummary plan = page.plan();
        add(heading(plan));
        add(new H2("Actions"), actions(page.actions()));
        add(new H2("Waiting now"), steps(page));
        if (plan.openToChange()) {
            add(new AddActionForm(member, plan, plans, directory, this::show));
        }
        if (plan.status() == PlanStatus.DRAFT) {
            addSubmit();
        }
        add(new H2("History of approvals and comments"), history(page.history()));
    }

    private static Component[] heading(PlanSummary plan) {
        H1 title = new H1(plan.title());
        title.setId("plan-title");
        Paragraph status = new Paragraph(
                plan.status().displayName() + " · " + plan.source().displayName() + " · "
                        + Texts.shortDate(plan.periodFrom()) + " to " + Texts.shortDate(plan.periodTo())
                        + (plan.corporate() ? " · corporate plan" : ""));
        status.setId("plan-status");
        return new Component[] {title, status};
    }

    private static Grid<ActionLine> actions(List<ActionLine> lines) {
        Grid<ActionLine> actions = new Grid<>();
        actions.setId("plan-actions");
        actions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.addColumn(ActionLine::description).setHeader("Action").setFlexGrow(3);
        actions.addColumn(ActionLine::ownerName).setHeader("Owner").setFlexGrow(1);
        actions.addColumn(a -> Texts.shortDate(a.targetDate()))
                .setHeader("Target")
                .setFlexGrow(1);
        actions.addColumn(ActionLine::outcomeMeasure).setHeader("Measure").setFlexGrow(2);
        actions.addColumn(a -> a.status().displayName() + (a.overdue() ? ", overdue" : ""))
                .setHeader("Status")
                .setFlexGrow(1);
        actions.addColumn(a ->
                        a.latestProgress() == null ? "" : Texts.time(a.latestProgressAt()) + ": " + a.latestProgress())
                .setHeader("Latest progress")
                .setFlexGrow(3);
        actions.addComponentColumn(PlanView::origin)
                .setHeader("From")
                .setKey("from")
                .setFlexGrow(1);
        actions.setItems(lines);
        actions.setAllRowsVisible(true);
        return actions;
    }

    private static Component origin(ActionLine action) {
        if (action.caseReference() != null) {
            return new RouterLink(action.caseReference(), CaseView.class, action.caseReference());
        }
        return new Span(action.elementCode() == null ? "" : "Standard " + action.elementCode());
    }

    private VerticalLayout steps(PlanPage page) {
        VerticalLayout steps = new VerticalLayout();
        steps.setPadding(false);
        steps.setId("plan-steps");
        for (PlanPage.PlanStep step : page.steps()) {
            if (step.mine()) {
                steps.add(new PlanStepForm(member, step, plans, this::show));
            } else {
                steps.add(new Paragraph(
                        step.name() + (step.assignee() == null ? ", waiting" : ", with " + step.assigneeName())));
            }
        }
        return steps;
    }

    private void addSubmit() {
        FormErrors errors = new FormErrors();
        Button submit = new Button("Send for approval", e -> {
            if (errors.attempt(() -> plans.submit(member, planId))) {
                show();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-plan");
        add(errors, submit);
    }

    private static Grid<PlanPage.HistoryLine> history(List<PlanPage.HistoryLine> lines) {
        Grid<PlanPage.HistoryLine> history = new Grid<>();
        history.setId("plan-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(e -> Texts.time(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(PlanPage.HistoryLine::actorName)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(PlanPage.HistoryLine::text).setHeader("What").setFlexGrow(1);
        history.setItems(lines);
        history.setAllRowsVisible(true);
        return history;
    }
}
