package org.charterdesk.workspace.assessments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.AssessmentSheet;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.plans.PlanView;
import org.charterdesk.workspace.ui.FormErrors;

/** A completed assessment's gaps, and turning them into actions of one of the service's open plans. */
class GapsToPlan extends VerticalLayout {

    GapsToPlan(
            StaffMember member,
            AssessmentSheet sheet,
            ActionPlans plans,
            PlanQueries planQueries,
            StaffDirectory directory) {
        String serviceCode = sheet.assessment().serviceCode();
        FormErrors errors = new FormErrors();
        ComboBox<PlanSummary> plan = new ComboBox<>("Plan");
        plan.setItems(planQueries.visibleTo(member).stream()
                .filter(p -> p.serviceCode().equals(serviceCode) && p.openToChange())
                .toList());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setId("gaps-plan");
        ComboBox<String> owner = new ComboBox<>("Owner of the actions");
        owner.setItems(directory.staffOf(serviceCode));
        owner.setItemLabelGenerator(directory::displayName);
        owner.setId("gaps-owner");
        DatePicker target = new DatePicker("Target date");
        target.setId("gaps-target");
        Button create = new Button("Add an action for each gap", e -> {
            if (plan.getValue() == null || owner.getValue() == null || target.getValue() == null) {
                errors.show("Choose the plan, the owner and the target date.");
                return;
            }
            Long planId = plan.getValue().id();
            if (errors.attempt(() -> plans.actionsFromGaps(
                    member, planId, sheet.assessment().id(), owner.getValue(), target.getValue()))) {
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, planId));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("gaps-to-plan");
        add(
                new H2("Gaps: " + sheet.gaps().size()),
                new Paragraph(sheet.gaps().stream()
                        .map(g -> g.code() + " " + g.text())
                        .collect(Collectors.joining("; "))),
                errors,
                new HorizontalLayout(plan, owner, target),
                create);
        setPadding(false);
        setId("gaps");
    }
}
