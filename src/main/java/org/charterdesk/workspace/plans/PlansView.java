package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.charterdesk.actionplans.ActionPlan;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanReport;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** The action plans of the member's services: list, a new plan, and the committee report for a period. */
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("Action plans | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE, Roles.ADMIN})
public class PlansView extends VerticalLayout {

    public PlansView(
            CurrentStaff currentStaff, PlanQueries queries, ActionPlans plans, PlanReport report, Charter charter) {
        StaffMember member = currentStaff.require();
        Grid<ActionPlan> grid = new Grid<>();
        grid.setId("plans");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new RouterLink(p.getTitle(), PlanView.class, p.getId()))
                .setHeader("Plan")
                .setFlexGrow(3);
        grid.addColumn(p -> charter.findService(p.getServiceCode())
                                .map(CouncilService::getName)
                                .orElse("")
                        + (p.isCorporate() ? " (corporate)" : ""))
                .setHeader("Service")
                .setFlexGrow(1);
        grid.addColumn(p -> Texts.shortDate(p.getPeriodFrom()) + " to " + Texts.shortDate(p.getPeriodTo()))
                .setHeader("Period")
                .setFlexGrow(1);
        grid.addColumn(p -> p.getSource().displayName()).setHeader("Source").setFlexGrow(1);
        grid.addColumn(p -> p.getStatus().displayName()).setHeader("Status").setFlexGrow(1);
        grid.setItems(queries.visibleTo(member));
        grid.setAllRowsVisible(true);

        FormErrors errors = new FormErrors();
        ComboBox<CouncilService> service = new ComboBox<>("Service");
        service.setItems(charter.services().stream()
                .filter(s -> member.mayPlanFor(s.getCode()))
                .toList());
        service.setItemLabelGenerator(CouncilService::getName);
        service.setId("plan-service");
        TextField title = new TextField("Title");
        title.setId("plan-title");
        DatePicker from = new DatePicker("From");
        DatePicker to = new DatePicker("To");
        from.setId("plan-from");
        to.setId("plan-to");
        Select<PlanSource> source = new Select<>();
        source.setLabel("Source");
        source.setItems(PlanSource.values());
        source.setItemLabelGenerator(PlanSource::displayName);
        source.setId("plan-source");
        Checkbox corporate = new Checkbox("A corporate plan (also approved by the customer focus group)");
        errors.bind("serviceCode", service)
                .bind("title", title)
                .bind("periodFrom", from)
                .bind("periodTo", to)
                .bind("source", source);
        Button create = new Button("Draw up the plan", e -> {
            ActionPlan[] created = new ActionPlan[1];
            if (errors.attempt(() -> created[0] = plans.create(
                    member,
                    new PlanInput(
                            service.getValue() == null
                                    ? null
                                    : service.getValue().getCode(),
                            corporate.getValue(),
                            title.getValue(),
                            from.getValue(),
                            to.getValue(),
                            source.getValue())))) {
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, created[0].getId()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-plan");
        Details newPlan = new Details(
                "Draw up a new plan",
                new VerticalLayout(
                        errors,
                        new HorizontalLayout(service, title),
                        new HorizontalLayout(from, to, source),
                        corporate,
                        create));

        DatePicker reportFrom =
                new DatePicker("Report from", LocalDate.now().withDayOfMonth(1).minusMonths(2));
        DatePicker reportTo = new DatePicker("Report to", LocalDate.now());
        HorizontalLayout downloads = new HorizontalLayout(
                reportFrom,
                reportTo,
                download(
                        "Committee report (PDF)",
                        "application/pdf",
                        "pdf",
                        () -> report.pdf(member, reportFrom.getValue(), reportTo.getValue())),
                download(
                        "Committee report (CSV)",
                        "text/csv",
                        "csv",
                        () -> report.csv(member, reportFrom.getValue(), reportTo.getValue())
                                .getBytes(StandardCharsets.UTF_8)));
        downloads.setAlignItems(Alignment.BASELINE);
        add(
                new H2("Action plans"),
                grid,
                newPlan,
                new H3("Committee report: action from strategy, progress"),
                downloads);
    }

    private static Anchor download(String text, String type, String extension, Supplier<byte[]> content) {
        return Downloads.link("plan-report-" + extension, text, "action-plan-progress." + extension, type, content);
    }
}
