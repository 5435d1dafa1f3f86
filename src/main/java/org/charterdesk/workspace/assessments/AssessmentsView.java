package org.charterdesk.workspace.assessments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.actionplans.AssessmentSummary;
import org.charterdesk.actionplans.Review;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** A service's Customer Service Excellence self-assessments: the first and its 12- and 24-month reviews. */
@Menu(order = 5, title = "Self-assessments", icon = "vaadin:check-circle-o")
@Route(value = "assessments", layout = MainLayout.class)
@PageTitle("Self-assessments | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE})
public class AssessmentsView extends VerticalLayout {

    private final StaffMember member;
    private final SelfAssessments assessments;
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final Select<Review> review = new Select<>();
    private final Grid<AssessmentSummary> list = new Grid<>();
    private final FormErrors errors = new FormErrors();

    public AssessmentsView(CurrentStaff currentStaff, SelfAssessments assessments, Charter charter) {
        this.member = currentStaff.require();
        this.assessments = assessments;
        List<ServiceRef> services = charter.serviceRefs().stream()
                .filter(s -> member.mayPlanFor(s.code()))
                .toList();
        service.setItems(services);
        service.setItemLabelGenerator(ServiceRef::name);
        service.setId("assessment-service");
        configureList();
        service.addValueChangeListener(e -> list.setItems(
                e.getValue() == null
                        ? List.of()
                        : assessments.of(member, e.getValue().code())));
        review.setLabel("Kind");
        review.setItems(Review.values());
        review.setItemLabelGenerator(Review::displayName);
        review.setValue(Review.INITIAL);
        Button start = new Button("Start a self-assessment", e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-assessment");
        HorizontalLayout controls = new HorizontalLayout(service, review, start);
        controls.setAlignItems(Alignment.BASELINE);
        add(new H1("Customer Service Excellence self-assessments"), errors, controls, list);
        if (!services.isEmpty()) {
            // Never an empty page: the member's first service is shown until they choose another.
            service.setValue(services.get(0));
        }
    }

    private void configureList() {
        list.setId("assessments");
        list.addComponentColumn(a -> new RouterLink(
                        a.review().displayName() + ", started " + Texts.shortDate(a.startedOn()),
                        AssessmentView.class,
                        a.id()))
                .setHeader("Assessment");
        list.addColumn(a -> a.complete() ? "Completed " + Texts.shortDate(a.completedOn()) : "In progress")
                .setHeader("Status");
        list.setAllRowsVisible(true);
    }

    private void start() {
        if (service.getValue() == null) {
            errors.show("Choose the service first.");
            return;
        }
        AssessmentSummary[] started = new AssessmentSummary[1];
        if (errors.attempt(
                () -> started[0] = assessments.start(member, service.getValue().code(), review.getValue()))) {
            getUI().ifPresent(ui -> ui.navigate(AssessmentView.class, started[0].id()));
        }
    }
}
