package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.complaints.restrictions.Restriction;
import org.charterdesk.complaints.restrictions.RestrictionViews;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Texts;

/**
 * The restrictions on customers' contact in force, soonest review first: managers see their services', the
 * corporate lead and administrators every service's. Only managers and administrators see the behaviour.
 */
@Menu(order = 9.5, title = "Contact restrictions", icon = "vaadin:ban")
@Route(value = "restrictions", layout = MainLayout.class)
@PageTitle("Contact restrictions | Charterdesk")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CORPORATE})
public class RestrictionsView extends VerticalLayout {

    public RestrictionsView(CurrentStaff currentStaff, RestrictionViews restrictions) {
        List<Restriction> current = restrictions.current(currentStaff.require());
        add(new H1("Contact restrictions"));
        if (current.isEmpty()) {
            add(new Paragraph("No customer's contact is restricted."));
            return;
        }
        Grid<Restriction> grid = new Grid<>();
        grid.setId("restrictions");
        grid.addComponentColumn(r -> new RouterLink(r.caseReference(), CaseView.class, r.caseReference()))
                .setHeader("Case")
                .setAutoWidth(true);
        grid.addColumn(Restriction::customerName).setHeader("Customer").setAutoWidth(true);
        grid.addColumn(r -> String.join("; ", r.restricts()))
                .setHeader("What is restricted")
                .setFlexGrow(3);
        grid.addColumn(r -> r.behaviour() == null ? "" : r.behaviour())
                .setHeader("Behaviour")
                .setAutoWidth(true);
        grid.addColumn(r -> Texts.date(r.startsOn())).setHeader("Since").setAutoWidth(true);
        grid.addColumn(r -> Texts.date(r.reviewOn())).setHeader("Review on").setAutoWidth(true);
        grid.setItems(current);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
