package org.charterdesk.workspace.assessments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionPlan;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.AssessmentRating;
import org.charterdesk.actionplans.CseElement;
import org.charterdesk.actionplans.CseStandard;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanStatus;
import org.charterdesk.actionplans.Rating;
import org.charterdesk.actionplans.RatingInput;
import org.charterdesk.actionplans.SelfAssessment;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.plans.PlanView;
import org.charterdesk.workspace.ui.FormErrors;

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
    private final CseStandard standard;
    private final ActionPlans plans;
    private final PlanQueries planQueries;
    private final StaffDirectory directory;
    private Long assessmentId;

    /** An element's row: the element, and the fields for its rating. */
    record Row(CseElement element, Select<Rating> rating, TextField evidence, TextField link, String earlier) {}

    public AssessmentView(
            CurrentStaff currentStaff,
            SelfAssessments assessments,
            CseStandard standard,
            ActionPlans plans,
            PlanQueries planQueries,
            StaffDirectory directory) {
        this.member = currentStaff.require();
        this.assessments = assessments;
        this.standard = standard;
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
        SelfAssessment assessment = assessments.of(member, serviceOf(assessmentId)).stream()
                .filter(a -> a.getId().equals(assessmentId))
                .findFirst()
                .orElseThrow();
        Map<String, AssessmentRating> rated = assessments.ratings(member, assessmentId);
        Map<String, List<Rating>> earlier = assessments.comparison(member, assessment.getServiceCode());
        H2 title = new H2(assessment.getReview().displayName() + ": " + assessment.getServiceCode());
        title.setId("assessment-title");
        Paragraph status = new Paragraph(
                assessment.isComplete()
                        ? "Completed on " + assessment.getCompletedOn() + "; kept as it stands."
                        : rated.size() + " of " + standard.elements().size() + " elements rated.");
        status.setId("assessment-status");
        add(title, status);

        FormErrors errors = new FormErrors();
        Map<String, Row> rows = new HashMap<>();
        Grid<Row> grid = new Grid<>();
        grid.setId("assessment-elements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.element().getCode())
                .setHeader("Element")
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(r ->
                        r.element().getSubCriterionName() + ": " + r.element().getText())
                .setHeader("What it asks")
                .setFlexGrow(3);
        grid.addComponentColumn(Row::rating)
                .setHeader("Rating")
                .setWidth("13em")
                .setFlexGrow(0);
        grid.addComponentColumn(Row::evidence).setHeader("Evidence").setFlexGrow(2);
        grid.addComponentColumn(Row::link).setHeader("Link").setFlexGrow(1);
        grid.addColumn(Row::earlier).setHeader("Earlier assessments").setFlexGrow(1);
        for (CseElement element : standard.elements()) {
            Select<Rating> rating = new Select<>();
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(Rating::displayName);
            rating.setId("rating-" + element.getCode());
            TextField evidence = new TextField();
            TextField link = new TextField();
            link.setPlaceholder("https://");
            AssessmentRating current = rated.get(element.getCode());
            if (current != null) {
                rating.setValue(current.getRating());
                evidence.setValue(current.getEvidence() == null ? "" : current.getEvidence());
                link.setValue(current.getLink() == null ? "" : current.getLink());
            }
            boolean locked = assessment.isComplete();
            rating.setReadOnly(locked);
            evidence.setReadOnly(locked);
            link.setReadOnly(locked);
            rows.put(
                    element.getCode(),
                    new Row(
                            element,
                            rating,
                            evidence,
                            link,
                            earlier.getOrDefault(element.getCode(), List.of()).stream()
                                    .map(r -> r == null ? "-" : r.displayName())
                                    .collect(Collectors.joining(", "))));
        }
        grid.setItems(
                standard.elements().stream().map(e -> rows.get(e.getCode())).toList());
        grid.setAllRowsVisible(true);
        add(errors, grid);
        if (!assessment.isComplete()) {
            Button save = new Button("Save the ratings", e -> {
                if (errors.attempt(() -> rows.values().stream()
                        .filter(r -> r.rating().getValue() != null)
                        .forEach(r -> assessments.rate(
                                member,
                                assessmentId,
                                r.element().getCode(),
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
            add(new HorizontalLayout(save, complete));
        } else {
            add(gapsToPlan(assessment));
        }
    }

    private VerticalLayout gapsToPlan(SelfAssessment assessment) {
        List<CseElement> gaps = assessments.gaps(member, assessmentId);
        FormErrors errors = new FormErrors();
        ComboBox<ActionPlan> plan = new ComboBox<>("Plan");
        plan.setItems(planQueries.visibleTo(member).stream()
                .filter(p -> p.getServiceCode().equals(assessment.getServiceCode())
                        && p.getStatus() != PlanStatus.IN_REVIEW
                        && p.getStatus() != PlanStatus.FINISHED)
                .toList());
        plan.setItemLabelGenerator(ActionPlan::getTitle);
        plan.setId("gaps-plan");
        ComboBox<String> owner = new ComboBox<>("Owner of the actions");
        owner.setItems(directory.staffOf(assessment.getServiceCode()));
        owner.setItemLabelGenerator(directory::displayName);
        owner.setId("gaps-owner");
        DatePicker target = new DatePicker("Target date");
        target.setId("gaps-target");
        Button create = new Button("Add an action for each gap", e -> {
            if (plan.getValue() == null || owner.getValue() == null || target.getValue() == null) {
                errors.show("Choose the plan, the owner and the target date.");
                return;
            }
            if (errors.attempt(() -> plans.actionsFromGaps(
                    member, plan.getValue().getId(), assessmentId, owner.getValue(), target.getValue()))) {
                getUI().ifPresent(ui ->
                        ui.navigate(PlanView.class, plan.getValue().getId()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("gaps-to-plan");
        VerticalLayout section = new VerticalLayout(
                new H3("Gaps: " + gaps.size()),
                new Paragraph(
                        gaps.stream().map(g -> g.getCode() + " " + g.getText()).collect(Collectors.joining("; "))),
                errors,
                new HorizontalLayout(plan, owner, target),
                create);
        section.setPadding(false);
        section.setId("gaps");
        return section;
    }

    private String serviceOf(Long id) {
        return assessments.serviceOf(member, id);
    }
}
