package org.charterdesk.workspace.assessments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.charterdesk.actionplans.Review;
import org.charterdesk.actionplans.SelfAssessment;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** A service's Customer Service Excellence self-assessments: the first and its 12- and 24-month reviews. */
@Route(value = "assessments", layout = MainLayout.class)
@PageTitle("Self-assessments | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE})
public class AssessmentsView extends VerticalLayout {

    public AssessmentsView(CurrentStaff currentStaff, SelfAssessments assessments, Charter charter) {
        StaffMember member = currentStaff.require();
        ComboBox<CouncilService> service = new ComboBox<>("Service");
        service.setItems(charter.services().stream()
                .filter(s -> member.mayPlanFor(s.getCode()))
                .toList());
        service.setItemLabelGenerator(CouncilService::getName);
        service.setId("assessment-service");
        Grid<SelfAssessment> list = new Grid<>();
        list.setId("assessments");
        list.addComponentColumn(a -> new RouterLink(
                        a.getReview().displayName() + ", started " + Texts.shortDate(a.getStartedOn()),
                        AssessmentView.class,
                        a.getId()))
                .setHeader("Assessment");
        list.addColumn(a -> a.isComplete() ? "Completed " + Texts.shortDate(a.getCompletedOn()) : "In progress")
                .setHeader("Status");
        list.setAllRowsVisible(true);
        service.addValueChangeListener(e -> list.setItems(
                e.getValue() == null
                        ? java.util.List.of()
                        : assessments.of(member, e.getValue().getCode())));
        Select<Review> review = new Select<>();
        review.setLabel("Kind");
        review.setItems(Review.values());
        review.setItemLabelGenerator(Review::displayName);
        review.setValue(Review.INITIAL);
        FormErrors errors = new FormErrors();
        Button start = new Button("Start a self-assessment", e -> {
            if (service.getValue() == null) {
                errors.show("Choose the service first.");
                return;
            }
            SelfAssessment[] started = new SelfAssessment[1];
            if (errors.attempt(() ->
                    started[0] = assessments.start(member, service.getValue().getCode(), review.getValue()))) {
                getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, started[0].getId()));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-assessment");
        HorizontalLayout controls = new HorizontalLayout(service, review, start);
        controls.setAlignItems(Alignment.BASELINE);
        add(new H2("Customer Service Excellence self-assessments"), errors, controls, list);
    }
}
