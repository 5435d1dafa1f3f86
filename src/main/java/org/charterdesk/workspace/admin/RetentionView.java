package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseRetention;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Texts;

/** For managers (their services) and administrators (all): the closed cases whose personal data goes next month. */
@Menu(order = 8, title = "Due for anonymising", icon = "vaadin:eraser")
@Route(value = "retention", layout = MainLayout.class)
@PageTitle("Due for anonymising | Charterdesk")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class RetentionView extends VerticalLayout {

    public RetentionView(CurrentStaff currentStaff, CaseRetention retention, Clock clock, CalendarProperties calendar) {
        LocalDate until = LocalDate.now(clock.withZone(calendar.zone())).plusMonths(1);
        List<CaseRetention.DueCase> due = retention.dueBy(currentStaff.require(), until);
        Grid<CaseRetention.DueCase> grid = new Grid<>();
        grid.setId("retention-due");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseRetention.DueCase::reference).setHeader("Case");
        grid.addColumn(c -> c.kind().displayName()).setHeader("Kind");
        grid.addColumn(CaseRetention.DueCase::service).setHeader("Service");
        grid.addColumn(c -> Texts.date(c.closedOn())).setHeader("Closed");
        grid.addColumn(c -> Texts.date(c.dueOn())).setHeader("Anonymised on or after");
        grid.setItems(due);
        grid.setEmptyStateText("Nothing is due for anonymising before " + Texts.date(until) + ".");
        setSizeFull();
        add(
                new H1("Due for anonymising"),
                new Paragraph(due.size() + (due.size() == 1 ? " closed case" : " closed cases")
                        + " will have the customer's personal data removed by " + Texts.date(until)
                        + ", at the end of the retention period. The figures stay in the reports. A case that must be "
                        + "kept longer (a legal claim, for example) should be raised with the information governance "
                        + "team now."),
                grid);
    }
}
