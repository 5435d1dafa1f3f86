package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanReport;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.Texts;

/** The action plans of the member's services: list, a new plan, and the committee report for a period. */
@Menu(order = 4, title = "Action plans", icon = "vaadin:clipboard-check")
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("Action plans | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE, Roles.ADMIN})
public class PlansView extends VerticalLayout {

    public PlansView(
            CurrentStaff currentStaff,
            PlanQueries queries,
            ActionPlans plans,
            PlanReport report,
            Charter charter,
            Clock clock,
            CalendarProperties calendar) {
        StaffMember member = currentStaff.require();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        add(
                new H1("Action plans"),
                plansGrid(queries.visibleTo(member)),
                new NewPlanForm(member, plans, charter),
                new H2("Committee report: action from strategy, progress"),
                reportDownloads(member, report, today));
    }

    private static Grid<PlanSummary> plansGrid(List<PlanSummary> plans) {
        Grid<PlanSummary> grid = new Grid<>();
        grid.setId("plans");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new RouterLink(p.title(), PlanView.class, p.id()))
                .setHeader("Plan")
                .setFlexGrow(3);
        grid.addColumn(p -> p.serviceName() + (p.corporate() ? " (corporate)" : ""))
                .setHeader("Service")
                .setFlexGrow(1);
        grid.addColumn(p -> Texts.shortDate(p.periodFrom()) + " to " + Texts.shortDate(p.periodTo()))
                .setHeader("Period")
                .setFlexGrow(1);
        grid.addColumn(p -> p.source().displayName()).setHeader("Source").setFlexGrow(1);
        grid.addColumn(p -> p.status().displayName()).setHeader("Status").setFlexGrow(1);
        grid.setItems(plans);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static HorizontalLayout reportDownloads(StaffMember member, PlanReport report, LocalDate today) {
        DatePicker reportFrom =
                new DatePicker("Report from", today.withDayOfMonth(1).minusMonths(2));
        DatePicker reportTo = new DatePicker("Report to", today);
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
        return downloads;
    }

    private static Anchor download(String text, String type, String extension, Supplier<byte[]> content) {
        return Downloads.link("plan-report-" + extension, text, "action-plan-progress." + extension, type, content);
    }
}
