package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseSearch;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Stage;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/** Every case the member of staff may see, searchable, newest first, a page at a time. */
@Menu(order = 3, title = "Cases", icon = "vaadin:folder-open-o")
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Cases | Charterdesk")
@RolesAllowed(Roles.STAFF)
public class CaseSearchView extends VerticalLayout {

    private final TextField text = new TextField("Search");
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final Select<Stage> stage = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final DatePicker from = new DatePicker("Received from");
    private final DatePicker to = new DatePicker("Received to");
    private final Grid<CaseSearch.Found> grid = new Grid<>();

    public CaseSearchView(CurrentStaff currentStaff, CaseSearch search, Charter charter) {
        StaffMember member = currentStaff.require();
        setSizeFull();
        Button log = new Button("Log a contact", e -> getUI().ifPresent(ui -> ui.navigate(NewCaseView.class)));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("log-contact");
        HorizontalLayout heading = new HorizontalLayout(new H1("Cases"), log);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters(member, charter));
        configureGrid();
        grid.setItems(query -> search.page(member, criteria(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, search.count(member, criteria())));
        add(grid);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        service.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private HorizontalLayout filters(StaffMember member, Charter charter) {
        text.setPlaceholder("Reference, customer name or email");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("case-search");
        service.setItems(charter.serviceRefs().stream()
                .filter(s -> member.maySeeService(s.code()))
                .toList());
        service.setItemLabelGenerator(ServiceRef::name);
        service.setClearButtonVisible(true);
        stage.setLabel("Stage");
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("All stages");
        stage.setItemLabelGenerator(s -> s == null ? "All stages" : s.shortName());
        status.setLabel("Status");
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.displayName());
        HorizontalLayout filters = new HorizontalLayout(text, service, stage, status, from, to);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private void configureGrid() {
        grid.setId("case-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(c -> new RouterLink(c.reference(), CaseView.class, c.reference()))
                .setHeader("Case")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.kind().displayName())
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CaseSearch.Found::serviceName).setHeader("Service").setAutoWidth(true);
        grid.addColumn(CaseSearch.Found::customerName).setHeader("Customer").setAutoWidth(true);
        grid.addColumn(c -> c.stage() == null ? "" : c.stage().shortName())
                .setHeader("Stage")
                .setAutoWidth(true);
        grid.addColumn(c -> c.status().displayName()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(c -> c.status().finished() ? new Span() : StatusBadge.of(c.charterFlag()))
                .setHeader("Charter")
                .setAutoWidth(true);
        grid.addColumn(c -> Texts.shortDate(c.receivedOn()))
                .setHeader("Received")
                .setAutoWidth(true);
        grid.setEmptyStateText("No cases match.");
    }

    private CaseSearch.Criteria criteria() {
        return new CaseSearch.Criteria(
                text.getValue(),
                service.getValue() == null ? null : service.getValue().code(),
                stage.getValue(),
                status.getValue(),
                from.getValue(),
                to.getValue());
    }
}
