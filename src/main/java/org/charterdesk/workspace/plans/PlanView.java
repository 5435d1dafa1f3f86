package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlan;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.actionplans.PlanEvent;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanStatus;
import org.charterdesk.actionplans.ProgressInput;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
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
        ActionPlan plan = queries.plan(member, planId);
        H2 title = new H2(plan.getTitle());
        title.setId("plan-title");
        Paragraph status = new Paragraph(
                plan.getStatus().displayName() + " · " + plan.getSource().displayName()
                        + " · " + Texts.shortDate(plan.getPeriodFrom()) + " to " + Texts.shortDate(plan.getPeriodTo())
                        + (plan.isCorporate() ? " · corporate plan" : ""));
        status.setId("plan-status");
        add(title, status);

        Grid<PlanQueries.ActionRow> actions = new Grid<>();
        actions.setId("plan-actions");
        actions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.addColumn(r -> r.action().getDescription()).setHeader("Action").setFlexGrow(3);
        actions.addColumn(r -> directory.displayName(r.action().getOwner()))
                .setHeader("Owner")
                .setFlexGrow(1);
        actions.addColumn(r -> Texts.shortDate(r.action().getTargetDate()))
                .setHeader("Target")
                .setFlexGrow(1);
        actions.addColumn(r -> r.action().getOutcomeMeasure())
                .setHeader("Measure")
                .setFlexGrow(2);
        actions.addColumn(r -> r.action().getStatus().displayName()
                        + (r.action().getOverdueFlaggedOn() != null
                                        && r.action().getStatus().isOpen()
                                ? ", overdue"
                                : ""))
                .setHeader("Status")
                .setFlexGrow(1);
        actions.addColumn(r -> r.latest()
                        .map(p -> Texts.time(p.getWrittenAt()) + ": " + p.getNote())
                        .orElse(""))
                .setHeader("Latest progress")
                .setFlexGrow(3);
        actions.addComponentColumn(r -> r.action().getCaseId() != null
                        ? new com.vaadin.flow.router.RouterLink(
                                queries.caseReference(r.action().getCaseId()),
                                org.charterdesk.workspace.cases.CaseView.class,
                                queries.caseReference(r.action().getCaseId()))
                        : new com.vaadin.flow.component.html.Span(
                                r.action().getElementCode() == null
                                        ? ""
                                        : "Standard " + r.action().getElementCode()))
                .setHeader("From")
                .setKey("from")
                .setFlexGrow(1);
        actions.setItems(queries.actions(planId));
        actions.setAllRowsVisible(true);
        add(new H3("Actions"), actions);

        VerticalLayout steps = new VerticalLayout();
        steps.setPadding(false);
        steps.setId("plan-steps");
        for (PlanQueries.PlanStep step : queries.steps(member, plan)) {
            if (step.mine()) {
                steps.add(stepForm(step));
            } else {
                steps.add(new Paragraph(step.name()
                        + (step.assignee() == null
                                ? ", waiting"
                                : ", with " + directory.displayName(step.assignee()))));
            }
        }
        add(new H3("Waiting now"), steps);

        if (plan.getStatus() != PlanStatus.IN_REVIEW && plan.getStatus() != PlanStatus.FINISHED) {
            add(addAction(plan));
        }
        if (plan.getStatus() == PlanStatus.DRAFT) {
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
        Grid<PlanEvent> history = new Grid<>();
        history.setId("plan-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(e -> Texts.time(e.getAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(e -> org.charterdesk.complaints.CaseEvent.SYSTEM.equals(e.getActor())
                        ? "Charterdesk"
                        : directory.displayName(e.getActor()))
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(PlanEvent::getText).setHeader("What").setFlexGrow(1);
        history.setItems(plans.history(planId));
        history.setAllRowsVisible(true);
        add(new H3("History of approvals and comments"), history);
    }

    private Component stepForm(PlanQueries.PlanStep step) {
        FormErrors errors = new FormErrors();
        errors.setId("step-errors-" + step.key());
        Div form = new Div(new H3(step.name()), errors);
        form.setId("step-" + step.key());
        switch (step.key()) {
            case "ReviewPlan", "FocusGroupApproval" -> {
                TextArea comments = new TextArea("Comments (needed to send it back; the service will see them)");
                comments.setWidthFull();
                comments.setId("plan-comments");
                errors.bind("comments", comments);
                Button approve = new Button("Approve the plan", e -> {
                    if (errors.attempt(() -> plans.decide(member, step.taskId(), true, comments.getValue()))) {
                        show();
                    }
                });
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.setId("approve-plan");
                Button sendBack = new Button("Send back with comments", e -> {
                    if (errors.attempt(() -> plans.decide(member, step.taskId(), false, comments.getValue()))) {
                        show();
                    }
                });
                sendBack.setId("send-back-plan");
                form.add(comments, new HorizontalLayout(approve, sendBack));
            }
            case "RevisePlan" -> {
                Button resubmit = new Button("Send the revised plan for approval", e -> {
                    if (errors.attempt(() -> plans.resubmit(member, step.taskId()))) {
                        show();
                    }
                });
                resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                resubmit.setId("resubmit-plan");
                form.add(new Paragraph("Change the actions below as the comments ask, then send it again."), resubmit);
            }
            default -> {
                Select<ActionStatus> status = new Select<>();
                status.setLabel("Status now");
                status.setItems(ActionStatus.values());
                status.setItemLabelGenerator(ActionStatus::displayName);
                status.setId("progress-status");
                TextArea note = new TextArea("What has been done");
                note.setWidthFull();
                note.setId("progress-note");
                TextField dropReason = new TextField("Why it is dropped (if it is)");
                errors.bind("status", status).bind("note", note).bind("dropReason", dropReason);
                Button record = new Button("Record progress", e -> {
                    if (errors.attempt(() -> plans.recordProgress(
                            member,
                            step.actionId(),
                            step.taskId(),
                            new ProgressInput(status.getValue(), note.getValue(), dropReason.getValue())))) {
                        show();
                    }
                });
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                record.setId("record-progress");
                form.add(
                        new Paragraph("For the action: "
                                + queries.actions(planId).stream()
                                        .filter(r -> r.action().getId().equals(step.actionId()))
                                        .findFirst()
                                        .map(r -> r.action().getDescription())
                                        .orElse("")),
                        status,
                        note,
                        dropReason,
                        record);
            }
        }
        return form;
    }

    private Details addAction(ActionPlan plan) {
        FormErrors errors = new FormErrors();
        TextArea description = new TextArea("What will be done");
        description.setWidthFull();
        description.setId("action-description");
        ComboBox<String> owner = new ComboBox<>("Owner");
        owner.setItems(directory.staffOf(plan.getServiceCode()));
        owner.setItemLabelGenerator(directory::displayName);
        owner.setId("action-owner");
        DatePicker target = new DatePicker("Target date");
        target.setId("action-target");
        TextField measure = new TextField("How success will be measured");
        measure.setWidthFull();
        measure.setId("action-measure");
        errors.bind("description", description)
                .bind("owner", owner)
                .bind("targetDate", target)
                .bind("outcomeMeasure", measure);
        Button add = new Button("Add the action", e -> {
            if (errors.attempt(() -> plans.addAction(
                    member,
                    planId,
                    new ActionInput(
                            description.getValue(), owner.getValue(), target.getValue(), measure.getValue())))) {
                show();
            }
        });
        add.setId("add-action");
        TextField reference = new TextField("Or from a complaint's learning: its reference");
        reference.setId("learning-reference");
        Button fromLearning = new Button("Add an action from the complaint's learning", e -> {
            if (errors.attempt(() -> plans.actionFromLearning(
                    member,
                    planId,
                    reference.getValue().strip().toUpperCase(java.util.Locale.UK),
                    owner.getValue(),
                    target.getValue()))) {
                show();
            }
        });
        fromLearning.setId("add-from-learning");
        Details details = new Details(
                plan.getStatus() == PlanStatus.APPROVED
                        ? "Add an action (the plan will go for approval again)"
                        : "Add an action",
                new VerticalLayout(
                        errors,
                        description,
                        new HorizontalLayout(owner, target),
                        measure,
                        add,
                        new HorizontalLayout(reference, fromLearning)));
        details.setId("add-action-form");
        return details;
    }
}
