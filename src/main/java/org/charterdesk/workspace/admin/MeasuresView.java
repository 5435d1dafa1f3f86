package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.PromiseRef;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.scorecard.ComputedFigure;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.MeasureAdministration;
import org.charterdesk.scorecard.MeasureDefinition;
import org.charterdesk.scorecard.MeasureSummary;
import org.charterdesk.scorecard.Source;
import org.charterdesk.scorecard.Unit;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The scorecard's measures, for administrators: give a charter standard a measure, or change one's target,
 * tolerance, owner, frequency or source, without a developer.
 */
@Menu(order = 14.5, title = "Scorecard measures", icon = "vaadin:dashboard")
@Route(value = "measures", layout = MainLayout.class)
@PageTitle("Scorecard measures | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class MeasuresView extends VerticalLayout {

    /** The choice "the whole council" in the service box. */
    private static final ServiceRef COUNCIL = new ServiceRef("", "The whole council");

    private final MeasureAdministration administration;
    private final Charter charter;
    private final StaffMember member;
    private final Grid<MeasureSummary> grid = new Grid<>();
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("What is counted");
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service that owns it");
    private final ComboBox<String> standard = new ComboBox<>("Charter standard it measures");
    private final Select<Unit> unit = new Select<>();
    private final BigDecimalField target = new BigDecimalField("Target");
    private final RadioButtonGroup<Boolean> higher = new RadioButtonGroup<>("Which way is better");
    private final BigDecimalField tolerance = new BigDecimalField("Tolerance (close to target within)");
    private final Select<Frequency> frequency = new Select<>();
    private final Select<Source> source = new Select<>();
    private final Select<ComputedFigure> computed = new Select<>();
    private final TextField periodColumn = new TextField("File's column for the period");
    private final TextField valueColumn = new TextField("File's column for the figure");
    private final TextField surveyQuestion = new TextField("Survey question's code");
    private final Checkbox published = new Checkbox("Publish it on the public page");
    private final H2 formHeading = new H2();
    private Long editing;

    public MeasuresView(MeasureAdministration administration, Charter charter, CurrentStaff currentStaff) {
        this.administration = administration;
        this.charter = charter;
        this.member = currentStaff.require();
        configureGrid();
        configureFields();
        Button save = new Button("Save the measure", e -> save());
        save.setId("save-measure");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button("Add a measure", e -> edit(null));
        add.setId("add-measure");
        add(
                new H1("Scorecard measures"),
                new Paragraph("Each measure counts how well a charter standard is kept. On target meets the target;"
                        + " close to target misses it by no more than the tolerance; off target misses it by more."
                        + " A changed target applies to every period the scorecard shows."),
                grid,
                add,
                formHeading,
                errors,
                new FormLayout(
                        code,
                        name,
                        service,
                        standard,
                        unit,
                        target,
                        higher,
                        tolerance,
                        frequency,
                        source,
                        computed,
                        periodColumn,
                        valueColumn,
                        surveyQuestion,
                        published),
                save);
        refresh();
        edit(null);
    }

    private void configureGrid() {
        grid.addColumn(MeasureSummary::name).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(m -> m.serviceCode() == null ? "The whole council" : charter.serviceName(m.serviceCode()))
                .setHeader("Service");
        grid.addColumn(m -> m.targetText() + ", tolerance " + m.unit().format(m.tolerance()))
                .setHeader("Target");
        grid.addColumn(m -> m.frequency().displayName() + ", " + m.source().displayName())
                .setHeader("Figures");
        grid.addColumn(m -> m.published() ? "Published" : "Not published").setHeader("Public page");
        grid.addComponentColumn(m -> {
                    Button change = new Button("Change", e -> edit(m));
                    change.setId("change-" + m.code());
                    return change;
                })
                .setKey("change");
        grid.setAllRowsVisible(true);
        grid.setId("measures");
    }

    private void configureFields() {
        code.setId("measure-code");
        name.setId("measure-name");
        List<ServiceRef> services = new ArrayList<>(List.of(COUNCIL));
        services.addAll(charter.serviceRefs());
        service.setItems(services);
        service.setItemLabelGenerator(ServiceRef::name);
        service.setId("measure-service");
        service.addValueChangeListener(e -> standard.setItems(
                charter.promisesOf(serviceCode()).stream().map(PromiseRef::name).toList()));
        standard.setId("measure-standard");
        unit.setLabel("Unit");
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(Unit::displayName);
        unit.setId("measure-unit");
        target.setId("measure-target");
        higher.setItems(true, false);
        higher.setItemLabelGenerator(h -> h ? "Higher is better" : "Lower is better");
        higher.setId("measure-higher");
        tolerance.setId("measure-tolerance");
        frequency.setLabel("How often");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::displayName);
        frequency.setId("measure-frequency");
        source.setLabel("Where its figures come from");
        source.setItems(Source.values());
        source.setItemLabelGenerator(Source::displayName);
        source.setId("measure-source");
        source.addValueChangeListener(e -> showSourceFields());
        computed.setLabel("Which complaint figure");
        computed.setItems(ComputedFigure.values());
        computed.setItemLabelGenerator(c -> c.name().toLowerCase().replace('_', ' '));
        computed.setId("measure-computed");
        periodColumn.setId("measure-period-column");
        valueColumn.setId("measure-value-column");
        surveyQuestion.setId("measure-survey-question");
        published.setId("measure-published");
        errors.bind("code", code)
                .bind("name", name)
                .bind("service", service)
                .bind("standard", standard)
                .bind("unit", unit)
                .bind("target", target)
                .bind("tolerance", tolerance)
                .bind("frequency", frequency)
                .bind("source", source)
                .bind("computed", computed)
                .bind("csvPeriodColumn", periodColumn)
                .bind("surveyQuestion", surveyQuestion);
    }

    private String serviceCode() {
        return service.getValue() == null || service.getValue() == COUNCIL
                ? null
                : service.getValue().code();
    }

    private void showSourceFields() {
        computed.setVisible(source.getValue() == Source.COMPUTED);
        periodColumn.setVisible(source.getValue() == Source.IMPORTED);
        valueColumn.setVisible(source.getValue() == Source.IMPORTED);
        surveyQuestion.setVisible(source.getValue() == Source.SURVEY);
    }

    private void edit(MeasureSummary m) {
        errors.clear();
        editing = m == null ? null : m.id();
        formHeading.setText(m == null ? "Add a measure" : "Change '" + m.name() + "'");
        code.setReadOnly(m != null);
        code.setValue(m == null ? "" : m.code());
        name.setValue(m == null ? "" : m.name());
        service.setValue(
                m == null || m.serviceCode() == null
                        ? COUNCIL
                        : charter.serviceRefs().stream()
                                .filter(s -> s.code().equals(m.serviceCode()))
                                .findFirst()
                                .orElse(COUNCIL));
        standard.setValue(m == null ? null : m.standardName());
        unit.setValue(m == null ? Unit.PERCENT : m.unit());
        target.setValue(m == null ? null : m.target());
        higher.setValue(m == null || m.higherIsBetter());
        tolerance.setValue(m == null ? null : m.tolerance());
        frequency.setValue(m == null ? Frequency.QUARTERLY : m.frequency());
        source.setValue(m == null ? Source.ENTERED : m.source());
        periodColumn.setValue(m == null || m.csvPeriodColumn() == null ? "" : m.csvPeriodColumn());
        valueColumn.setValue(m == null || m.csvValueColumn() == null ? "" : m.csvValueColumn());
        surveyQuestion.setValue(m == null || m.surveyQuestion() == null ? "" : m.surveyQuestion());
        published.setValue(m != null && m.published());
        showSourceFields();
    }

    private void save() {
        MeasureDefinition d = new MeasureDefinition(
                code.getValue(),
                name.getValue(),
                standard.getValue(),
                serviceCode(),
                unit.getValue(),
                target.getValue(),
                Boolean.TRUE.equals(higher.getValue()),
                tolerance.getValue(),
                frequency.getValue(),
                source.getValue(),
                source.getValue() == Source.COMPUTED ? computed.getValue() : null,
                source.getValue() == Source.IMPORTED ? periodColumn.getValue().strip() : null,
                source.getValue() == Source.IMPORTED ? valueColumn.getValue().strip() : null,
                source.getValue() == Source.SURVEY ? surveyQuestion.getValue().strip() : null,
                published.getValue());
        MeasureSummary[] saved = new MeasureSummary[1];
        if (errors.attempt(() -> saved[0] = administration.save(member, editing, d))) {
            Notification.show("Saved '" + saved[0].name() + "'.");
            refresh();
            edit(null);
        }
    }

    private void refresh() {
        grid.setItems(administration.all(member));
    }
}
