package org.charterdesk.workspace.assessments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.AssessmentSheet;
import org.charterdesk.actionplans.AssessmentSummary;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.Rating;
import org.charterdesk.actionplans.RatingInput;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * One self-assessment: every element of the standard with its rating, evidence and link, beside the service's
 * earlier ratings; completed once every element is rated; its gaps become a plan's actions in one step.
 */
@Route(value = "assessments", layout = MainLayout.class)
@PageTitle("Self-assessment | Charterdesk")
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.CORPORATE})
public class AssessmentView extends VerticalLayout implements HasUrlParameter<Long> {

    private final StaffMember member;
    private final SelfAssessments assessments;
    private final ActionPlans plans;
    private final PlanQueries planQueries;
    private final StaffDirectory directory;
    private Long assessmentId;

    /** An element's row: the element, and the fields for its rating. */
    record Row(
            AssessmentSheet.ElementLine element,
            Select<Rating> rating,
            TextField evidence,
            TextField link,
            String earlier) {}

    public AssessmentView(
            CurrentStaff currentStaff,
            SelfAssessments assessments,
            ActionPlans plans,
            PlanQueries planQueries,
            StaffDirectory directory) {
        this.member = currentStaff.require();
        this.assessments = assessments;
        this.plans = plans;
        this.planQueries = planQueries;
        this.directory = directory;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.assessmentId = id;
        show();
    }

    private void show() {
        removeAll();
        AssessmentSheet sheet = assessments.sheet(member, assessmentId);
        AssessmentSummary assessment = sheet.assessment();
        H1 title = new H1(assessment.review().displayName() + ": " + assessment.serviceName());
        title.setId("assessment-title");
        Paragraph status = new Paragraph(
                assessment.complete()
                        ? "Completed on " + Texts.date(assessment.completedOn()) + "; kept as it stands."
                        : sheet.rated() + " of " + sheet.elements().size() + " elements rated.");
        status.setId("assessment-status");
        FormErrors errors = new FormErrors();
        List<Row> rows = sheet.elements().stream()
                .map(element -> row(element, assessment.complete()))
                .toList();
        add(title, status, errors, grid(rows));
        if (!assessment.complete()) {
            add(ratingButtons(errors, rows));
        } else {
            add(new GapsToPlan(member, sheet, plans, planQueries, directory));
        }
    }

    private static Grid<Row> grid(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.setId("assessment-elements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.element().code())
                .setHeader("Element")
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.element().subCriterionName() + ": " + r.element().text())
                .setHeader("What it asks")
                .setFlexGrow(3);
        grid.addComponentColumn(Row::rating)
                .setHeader("Rating")
                .setWidth("13em")
                .setFlexGrow(0);
        grid.addComponentColumn(Row::evidence).setHeader("Evidence").setFlexGrow(2);
        grid.addComponentColumn(Row::link).setHeader("Link").setFlexGrow(1);
        grid.addColumn(Row::earlier).setHeader("Earlier assessments").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Row row(AssessmentSheet.ElementLine element, boolean locked) {
        Select<Rating> rating = new Select<>();
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(Rating::displayName);
        rating.setId("rating-" + element.code());
        TextField evidence = new TextField();
        TextField link = new TextField();
        link.setPlaceholder("https://");
        if (element.rating() != null) {
            rating.setValue(element.rating());
            evidence.setValue(element.evidence() == null ? "" : element.evidence());
            link.setValue(element.link() == null ? "" : element.link());
        }
        rating.setReadOnly(locked);
        evidence.setReadOnly(locked);
        link.setReadOnly(locked);
        String earlier = element.earlier().isEmpty()
                ? "None"
                : element.earlier().stream()
                        .map(r -> r == null ? "-" : r.displayName())
                        .collect(Collectors.joining(", "));
        return new Row(element, rating, evidence, link, earlier);
    }

    private HorizontalLayout ratingButtons(FormErrors errors, List<Row> rows) {
        Button save = new Button("Save the ratings", e -> {
            if (errors.attempt(() -> rows.stream()
                    .filter(r -> r.rating().getValue() != null)
                    .forEach(r -> assessments.rate(
                            member,
                            assessmentId,
                            r.element().code(),
                            new RatingInput(
                                    r.rating().getValue(),
                                    r.evidence().getValue(),
                                    r.link().getValue()))))) {
                show();
            }
        });
        save.setId("save-ratings");
        Button complete = new Button("Complete the assessment", e -> {
            if (errors.attempt(() -> assessments.complete(member, assessmentId))) {
                show();
            }
        });
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-assessment");
        return new HorizontalLayout(save, complete);
    }
}
