package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseCounts;
import org.charterdesk.security.StaffMember;

/** Where the open complaints of the member's services stand, and what the member does here. */
class WorkloadFigures extends HorizontalLayout {

    private final Span open = figure("open-count");
    private final Span atRisk = figure("at-risk-count");
    private final Span overdue = figure("overdue-count");

    WorkloadFigures(StaffMember member, List<ServiceRef> services) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        Span scope = new Span(
                member.seesAllServices() || member.corporateLead()
                        ? "Open complaints, all services:"
                        : "Open complaints in your services:");
        UnorderedList roles = new UnorderedList();
        roles(member, services).forEach(role -> roles.add(new ListItem(role)));
        roles.setId("roles");
        Details details = new Details("What you do here", roles);
        add(scope, open, atRisk, overdue, details);
    }

    void show(CaseCounts.Counts counts) {
        open.setText(counts.open() + " open");
        atRisk.setText(counts.atRisk() + " at risk");
        atRisk.getElement().getThemeList().set("contrast", counts.atRisk() > 0);
        overdue.setText(counts.overdue() + " overdue");
        overdue.getElement().getThemeList().set("error", counts.overdue() > 0);
    }

    private static Span figure(String id) {
        Span figure = new Span();
        figure.setId(id);
        figure.getElement().getThemeList().add("badge");
        return figure;
    }

    private static List<String> roles(StaffMember member, List<ServiceRef> services) {
        List<String> roles = new ArrayList<>();
        for (ServiceRef service : services) {
            if (member.isManagerOf(service.code())) {
                roles.add("Manager, " + service.name());
            }
            if (member.isOfficerOf(service.code())) {
                roles.add("Officer, " + service.name());
            }
        }
        if (member.intake()) {
            roles.add("Customer services: you log contacts and triage them for every service");
        }
        if (member.administrator()) {
            roles.add("Administrator: users and groups, process operations, mail settings");
        }
        if (member.corporateLead()) {
            roles.add("Corporate lead: the charter and the reports for every service");
        }
        if (roles.isEmpty()) {
            roles.add("You are not in any team yet; ask an administrator to add you to your service");
        }
        return roles;
    }
}
