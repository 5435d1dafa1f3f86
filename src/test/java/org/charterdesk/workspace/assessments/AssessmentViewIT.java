package org.charterdesk.workspace.assessments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.AssessmentSummary;
import org.charterdesk.actionplans.CseElement;
import org.charterdesk.actionplans.CseStandard;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.Rating;
import org.charterdesk.actionplans.RatingInput;
import org.charterdesk.actionplans.Review;
import org.charterdesk.actionplans.SelfAssessments;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.workspace.plans.PlanView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A service's self-assessment on the screen: rated, completed, and its gaps turned into a plan's actions. */
class AssessmentViewIT extends ViewTestBase {

    @Autowired
    SelfAssessments assessments;

    @Autowired
    CseStandard standard;

    @Autowired
    ActionPlans plans;

    @Test
    void theListOpensOnTheMembersFirstServiceWithoutChoosing() {
        open(max, "assessments");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("assessment-service"));
        assertThat(service.getValue()).isNotNull();
        assessments.start(max, service.getValue().code(), Review.INITIAL);

        open(max, "assessments");
        @SuppressWarnings("unchecked")
        Grid<AssessmentSummary> list = _get(Grid.class, spec -> spec.withId("assessments"));
        assertThat(GridKt._size(list)).isPositive();
    }

    @Test
    void aServiceRatesItselfCompletesAndTurnsItsGapsIntoActions() {
        at(LocalDate.of(2026, 11, 2));
        open(olivia, "assessments");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("assessment-service"));
        _setValue(
                service,
                service.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("housing"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("start-assessment")));
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

        @SuppressWarnings("unchecked")
        Grid<AssessmentView.Row> grid = _get(Grid.class, spec -> spec.withId("assessment-elements"));
        AssessmentView.Row first = GridKt._get(grid, 0);
        _setValue(first.rating(), Rating.NON_COMPLIANCE);
        _setValue(first.evidence(), "No list of hard-to-reach groups");
        _click(_get(Button.class, spec -> spec.withId("save-ratings")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-status"))
                        .getText())
                .startsWith("1 of " + standard.elements().size());
        _click(_get(Button.class, spec -> spec.withId("complete-assessment")));
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Rate every element first");

        for (CseElement element :
                standard.elements().subList(1, standard.elements().size())) {
            assessments.rate(olivia, id, element.getCode(), new RatingInput(Rating.COMPLIANCE, null, null));
        }
        open(olivia, location);
        _click(_get(Button.class, spec -> spec.withId("complete-assessment")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-status"))
                        .getText())
                .startsWith("Completed");

        var plan = plans.create(
                olivia,
                new PlanInput(
                        "housing",
                        false,
                        "From our assessment",
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2027, 10, 31),
                        PlanSource.SELF_ASSESSMENT));
        open(olivia, location);
        @SuppressWarnings("unchecked")
        ComboBox<org.charterdesk.actionplans.PlanSummary> planBox =
                _get(ComboBox.class, spec -> spec.withId("gaps-plan"));
        _setValue(
                planBox,
                planBox.getListDataView()
                        .getItems()
                        .filter(p -> p.id().equals(plan.id()))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = _get(ComboBox.class, spec -> spec.withId("gaps-owner"));
        _setValue(owner, "olivia");
        _setValue(_get(DatePicker.class, spec -> spec.withId("gaps-target")), LocalDate.of(2027, 2, 26));
        _click(_get(Button.class, spec -> spec.withId("gaps-to-plan")));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(PlanView.class);
        assertThat(plans.actions(plan.id())).singleElement().satisfies(a -> {
            assertThat(a.getElementCode()).isEqualTo(first.element().code());
            assertThat(a.getDescription())
                    .startsWith("Reach compliance on " + first.element().code());
        });
    }
}
