package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.scorecard.MeasureAdministration;
import org.charterdesk.scorecard.MeasureSummary;
import org.charterdesk.scorecard.Source;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator gives a charter standard a measure and changes its target, on the measures screen (Karibu). */
class MeasuresIT extends ViewTestBase {

    @Autowired
    MeasureAdministration administration;

    @AfterEach
    void removeTheTestMeasure() {
        jdbc.update("delete from measure where code = 'routine-repairs-on-time'");
    }

    private MeasureSummary measure(String code) {
        return administration.all(admin).stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAdministratorAddsAMeasureForAStandardAndChangesItsTarget() {
        open(admin, "measures");
        _click(_get(Button.class, spec -> spec.withId("save-measure")));
        assertThat(_get(TextField.class, spec -> spec.withId("measure-code")).getErrorMessage())
                .isEqualTo("Give a short code of small letters, numbers and dashes, such as calls-answered");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("measure-target"))
                        .getErrorMessage())
                .isEqualTo("Give the target, zero or more");

        _setValue(_get(TextField.class, spec -> spec.withId("measure-code")), "routine-repairs-on-time");
        _setValue(
                _get(TextField.class, spec -> spec.withId("measure-name")),
                "Share of routine repairs made within 20 working days");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("measure-service"));
        _setValue(
                service,
                service.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("housing"))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<String> standard = _get(ComboBox.class, spec -> spec.withId("measure-standard"));
        assertThat(standard.getListDataView().getItems())
                .contains("Routine repairs")
                .doesNotContain("Missed bins");
        _setValue(standard, "Routine repairs");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-target")), new BigDecimal("90"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-tolerance")), new BigDecimal("5"));
        @SuppressWarnings("unchecked")
        Select<Source> source = _get(Select.class, spec -> spec.withId("measure-source"));
        _setValue(source, Source.IMPORTED);
        _click(_get(Button.class, spec -> spec.withId("save-measure")));
        assertThat(_get(TextField.class, spec -> spec.withId("measure-period-column"))
                        .getErrorMessage())
                .isEqualTo("Name the file's columns for the period and for the figure");
        _setValue(source, Source.ENTERED);
        _click(_get(Button.class, spec -> spec.withId("save-measure")));

        MeasureSummary added = measure("routine-repairs-on-time");
        assertThat(added.serviceCode()).isEqualTo("housing");
        assertThat(added.standardName()).isEqualTo("Routine repairs");
        assertThat(added.targetText()).isEqualTo("at least 90%");

        @SuppressWarnings("unchecked")
        Grid<MeasureSummary> grid = _get(Grid.class, spec -> spec.withId("measures"));
        List<MeasureSummary> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream()
                .filter(m -> m.code().equals("routine-repairs-on-time"))
                .findFirst()
                .orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, row, "change"));
        assertThat(_get(TextField.class, spec -> spec.withId("measure-code")).isReadOnly())
                .isTrue();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-target")), new BigDecimal("85"));
        _click(_get(Button.class, spec -> spec.withId("save-measure")));
        assertThat(measure("routine-repairs-on-time").targetText()).isEqualTo("at least 85%");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like"
                                + " 'Changed the scorecard measure ''Share of routine repairs%'",
                        Integer.class))
                .isPositive();

        assertRefused(max, "measures", MeasuresView.class);
    }
}
