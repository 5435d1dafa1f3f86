package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseSearch;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;

/** The case page and the case search, as staff of the case's service and of another service see them. */
class CasePagesIT extends ViewTestBase {

    @Test
    void theCasePageShowsTheCustomerDeadlinesStepsTimelineAndCorrespondence() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = phoneComplaint("housing", null);
        open(olivia, "cases/" + c.getReference());

        assertThat(_get(DescriptionList.class, spec -> spec.withId("case-customer"))
                        .getElement()
                        .getTextRecursively())
                .contains("Pat Jones", "pat.jones@example.com", "01234 567890", "Email");
        assertThat(_get(DescriptionList.class, spec -> spec.withId("case-summary"))
                        .getElement()
                        .getTextRecursively())
                .contains("Stage 1: frontline response", "Stage 1 response, Monday 9 November 2026", "Fran Hughes");
        @SuppressWarnings("unchecked")
        Grid<Object> deadlines = _get(Grid.class, spec -> spec.withId("case-deadlines"));
        assertThat(GridKt._getFormattedRow(deadlines, 0)).contains("Stage 1 response", "9 Nov 2026", "5 working days");
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("case-steps"))
                        .getElement()
                        .getTextRecursively())
                .contains("Respond at frontline, waiting for Housing officers");
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(GridKt._getFormattedRow(timeline, 0)).contains("Fran Hughes");
        @SuppressWarnings("unchecked")
        Grid<Object> letters = _get(Grid.class, spec -> spec.withId("case-correspondence"));
        assertThat(GridKt._getFormattedRow(letters, 0))
                .contains("We have received your complaint: " + c.getReference(), "The customer", "Waiting to be sent");
    }

    @Test
    void searchFindsCasesByCustomerAndOnlyInTheMembersServices() {
        CaseFile housing = phoneComplaint("housing", null);
        CaseFile waste = phoneComplaint("waste", null);

        open(olivia, "cases");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), housing.getReference());
        assertThat(references()).containsExactly(housing.getReference());
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), waste.getReference());
        assertThat(references()).isEmpty();

        open(fran, "cases");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), waste.getReference());
        assertThat(references()).containsExactly(waste.getReference());
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), "pat jones");
        assertThat(references()).contains(housing.getReference(), waste.getReference());

        // A whole email address, typed in any case, underscore and all.
        CaseFile underscored = webComplaint("waste", "sam_web@example.com");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), " Sam_Web@Example.com ");
        assertThat(references()).containsExactly(underscored.getReference());
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> references() {
        Grid<CaseSearch.Found> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream()
                .map(CaseSearch.Found::reference)
                .toList();
    }
}
