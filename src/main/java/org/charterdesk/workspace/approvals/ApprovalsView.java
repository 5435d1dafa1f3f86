package org.charterdesk.workspace.approvals;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.complaints.steps.StepContexts;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskListUpdates;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.plans.PlanView;
import org.charterdesk.workspace.steps.DecisionForm;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/**
 * Everything waiting on a manager of my services: escalations to stage 2, extensions of time, and final responses
 * and apologies to sign off. Each shows the case, the request and what it does to the deadline, and is decided
 * here. Most urgent first, loaded as it scrolls, refreshed when decisions are made elsewhere.
 */
@Menu(order = 2, title = "Approvals", icon = "vaadin:check-square-o")
@Route(value = "approvals", layout = MainLayout.class)
@PageTitle("Approvals | Charterdesk")
@RolesAllowed(Roles.MANAGER)
public class ApprovalsView extends VerticalLayout {

    private final StaffMember manager;
    private final TaskLists taskLists;
    private final StepContexts contexts;
    private final DecisionForm decisionForm;
    private final TaskListUpdates updates;
    private final DueDates dueDates;
    private final VirtualList<TaskRow> list = new VirtualList<>();
    private final H1 heading = new H1();
    private Runnable unsubscribe = () -> {};

    public ApprovalsView(
            CurrentStaff currentStaff,
            TaskLists taskLists,
            StepContexts contexts,
            DecisionForm decisionForm,
            TaskListUpdates updates,
            DueDates dueDates) {
        this.manager = currentStaff.require();
        this.taskLists = taskLists;
        this.contexts = contexts;
        this.decisionForm = decisionForm;
        this.updates = updates;
        this.dueDates = dueDates;
        setSizeFull();
        list.setId("approvals");
        list.setDataProvider(DataProvider.<TaskRow>fromCallbacks(
                query -> taskLists
                        .page(
                                manager,
                                TaskListKind.APPROVALS,
                                TaskListFilter.none(),
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> (int) taskLists.count(manager, TaskListKind.APPROVALS, TaskListFilter.none())));
        list.setRenderer(new ComponentRenderer<>(this::card));
        heading.setId("approvals-heading");
        add(heading, list);
        refresh();
    }

    private Div card(TaskRow row) {
        Div card = frame(row);
        HorizontalLayout title = new HorizontalLayout(
                link(row),
                new H2(row.stepName()),
                new Span(row.serviceName()),
                new Span("Due " + Texts.shortDate(row.dueOn()) + ", " + dueDates.words(row.dueOn())),
                StatusBadge.of(row.status()));
        title.setAlignItems(Alignment.BASELINE);
        title.getStyle().set("flex-wrap", "wrap");
        card.add(title);
        if (row.isOtherStep()) {
            Button open = new Button("Open to decide", e -> getUI().ifPresent(ui -> ui.navigate(row.subjectPath())));
            open.setId("open-" + row.caseReference());
            card.add(new Div(new Span(row.customerName())), open);
            return card;
        }
        if (!row.isPlanStep()) {
            card.add(new Span("Customer: " + row.customerName()
                    + (row.assigneeName() == null ? "" : ". Held by " + row.assigneeName())));
        }
        if (row.isPlanStep()) {
            Button open = new Button(
                    "Open the plan to decide", e -> getUI().ifPresent(ui -> ui.navigate(PlanView.class, row.planId())));
            open.setId("open-plan-" + row.planId());
            card.add(new Div(new Span("Action plan: " + row.customerName())), open);
            return card;
        }
        StepContext step = contexts.of(row.taskId(), manager);
        if (!step.mayDo()) {
            card.add(new Div(new Span("You cannot decide this. " + step.whyNotYou())));
        } else if (step.heldBySomeoneElse()) {
            card.add(new Div(new Span(step.assigneeName() + " is deciding this.")));
        } else {
            card.add(decisionForm.create(step, manager, sent -> {
                Notification.show(
                                "Decided: " + row.stepName() + " on " + row.caseReference()
                                        + (sent == null ? "" : ". " + sent),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }));
        }
        return card;
    }

    private static Div frame(TaskRow row) {
        Div card = new Div();
        card.addClassName("approval");
        card.setId("approval-" + row.caseReference());
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        return card;
    }

    private static Component link(TaskRow row) {
        if (row.isOtherStep()) {
            return new Anchor(row.subjectPath(), row.caseReference());
        }
        return row.isPlanStep()
                ? new RouterLink(row.caseReference(), PlanView.class, row.planId())
                : new RouterLink(row.caseReference(), CaseView.class, row.caseReference());
    }

    private void refresh() {
        long waiting = taskLists.count(manager, TaskListKind.APPROVALS, TaskListFilter.none());
        heading.setText(waiting == 0 ? "Approvals: nothing waiting" : "Approvals: " + waiting + " waiting");
        list.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe =
                updates.subscribe(change -> manager.isManagerOf(change.serviceCode()), () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }
}
