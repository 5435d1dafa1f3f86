package org.charterdesk.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.complaints.CaseCounts;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.StaffMember;

/** The home page after sign-in: who you are, the services you work for, and where their complaints stand. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Charterdesk")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentStaff currentStaff, Charter charter, CaseCounts counts) {
        StaffMember member = currentStaff.require();
        add(new H2("Welcome, " + member.displayName()));

        add(new H3("What you do here"));
        UnorderedList roles = new UnorderedList();
        for (String role : roles(member, charter)) {
            roles.add(new ListItem(role));
        }
        roles.setId("roles");
        add(roles);

        CaseCounts.Counts open = counts.openComplaints(member);
        add(new H3(member.seesAllServices() ? "Open complaints, all services" : "Open complaints in your services"));
        HorizontalLayout figures = new HorizontalLayout(
                figure("open-count", open.open(), "open"),
                figure("at-risk-count", open.atRisk(), "at risk"),
                figure("overdue-count", open.overdue(), "overdue"));
        add(figures);
        add(new Paragraph("Staff can log and look up cases through the API (see API description) with their own "
                + "username and password."));
    }

    private static Span figure(String id, long value, String label) {
        Span figure = new Span(value + " " + label);
        figure.setId(id);
        figure.getElement().getThemeList().add("badge" + ("overdue".equals(label) && value > 0 ? " error"
                : "at risk".equals(label) && value > 0 ? " contrast" : ""));
        return figure;
    }

    private static List<String> roles(StaffMember member, Charter charter) {
        List<String> roles = new ArrayList<>();
        for (CouncilService service : charter.services()) {
            if (member.isManagerOf(service.getCode())) {
                roles.add("Manager, " + service.getName());
            }
            if (member.isOfficerOf(service.getCode())) {
                roles.add("Officer, " + service.getName());
            }
        }
        if (member.intake()) {
            roles.add("Customer services: you log contacts and triage them for every service");
        }
        if (member.administrator()) {
            roles.add("Administrator: users and groups, process operations, mail settings");
        }
        if (roles.isEmpty()) {
            roles.add("You are not in any team yet; ask an administrator to add you to your service");
        }
        return roles;
    }
}
