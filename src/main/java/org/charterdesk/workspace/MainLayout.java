package org.charterdesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.approvals.ApprovalsView;
import org.charterdesk.workspace.cases.CaseSearchView;
import org.charterdesk.workspace.cases.NewCaseView;
import org.charterdesk.workspace.tasks.TasksView;

/** The workspace frame: the council's name, navigation for what the user's role may open, and sign-out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CouncilProperties council, CurrentStaff currentStaff, AuthenticationContext authentication) {
        StaffMember member = currentStaff.require();
        Span title = new Span(council.name() + " · Charterdesk");
        title.getStyle().set("font-weight", "600");
        title.setId("council-name");
        Span who = new Span(member.displayName());
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle());
        if (council.logo() != null && !council.logo().isBlank()) {
            Image logo = new Image(council.logo(), council.name() + " logo");
            logo.setHeight("32px");
            header.add(logo);
        }
        header.add(title, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Tasks", TasksView.class, VaadinIcon.TASKS.create()));
        if (!member.managerOf().isEmpty()) {
            nav.addItem(new SideNavItem("Approvals", ApprovalsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        nav.addItem(new SideNavItem("Cases", CaseSearchView.class, VaadinIcon.FOLDER_OPEN_O.create()));
        if (!member.officerOf().isEmpty()
                || !member.managerOf().isEmpty()
                || member.administrator()
                || member.corporateLead()) {
            nav.addItem(new SideNavItem(
                    "Action plans",
                    org.charterdesk.workspace.plans.PlansView.class,
                    VaadinIcon.CLIPBOARD_CHECK.create()));
            if (member.corporateLead()
                    || !member.officerOf().isEmpty()
                    || !member.managerOf().isEmpty()) {
                nav.addItem(new SideNavItem(
                        "Self-assessments",
                        org.charterdesk.workspace.assessments.AssessmentsView.class,
                        VaadinIcon.CHECK_CIRCLE_O.create()));
            }
        }
        if (!member.managerOf().isEmpty() || member.administrator() || member.corporateLead()) {
            nav.addItem(new SideNavItem(
                    "Reports", org.charterdesk.workspace.reports.ReportsView.class, VaadinIcon.CHART.create()));
        }
        nav.addItem(new SideNavItem("Log a contact", NewCaseView.class, VaadinIcon.PLUS.create()));
        nav.setId("side-nav");
        VerticalLayout drawer = new VerticalLayout(nav);
        drawer.add(outside("/complain", "Public complaint form"), outside("/charter", "Published charter"));
        Anchor api = outside("/api/docs", "API description");
        api.setTarget("_blank");
        drawer.add(api);
        if (member.administrator()) {
            nav.addItem(new SideNavItem(
                    "Outbox", org.charterdesk.workspace.admin.OutboxView.class, VaadinIcon.ENVELOPES_O.create()));
            Anchor cockpit = outside("/camunda/app/cockpit/default/", "Process operations (Cockpit)");
            cockpit.setId("cockpit-link");
            drawer.add(cockpit, outside("/camunda/app/admin/default/", "Users and groups (Admin)"));
        }
        addToDrawer(drawer);
        // On a tablet the lists need the whole width: start with the navigation folded away (the menu button opens it).
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < 1100) {
                setDrawerOpened(false);
            }
        });
    }

    /** A link to a page outside the workspace, which Vaadin's router must leave to the browser. */
    private static Anchor outside(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
