package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditEntry;
import org.charterdesk.audit.AuditSearch;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.Texts;

/**
 * The audit log, for administrators: who viewed, exported or changed which case and when, newest first, found by
 * case, person, kind and dates. Read a page at a time, so years of entries open as fast as a day's.
 */
@Menu(order = 10, title = "Audit log", icon = "vaadin:eye")
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout {

    private final StaffMember administrator;
    private final AuditSearch search;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField caseReference = new TextField("Case reference");
    private final TextField actor = new TextField("Username");
    private final ComboBox<AuditAction> action = new ComboBox<>("What was done");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    public AuditView(CurrentStaff currentStaff, AuditSearch search) {
        this.administrator = currentStaff.require();
        this.search = search;
        setSizeFull();
        caseReference.setId("audit-case");
        caseReference.setPlaceholder("e.g. CD-2026-000123");
        actor.setId("audit-actor");
        action.setId("audit-action");
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(AuditAction::displayName);
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        Button find = new Button("Find", e -> refresh());
        find.setId("audit-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = Downloads.streamed(
                "audit-csv",
                "Download these entries (CSV)",
                "audit-log.csv",
                "text/csv",
                out -> search.writeCsv(administrator, filter(), out));
        HorizontalLayout filters = new HorizontalLayout(caseReference, actor, action, from, to, find, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.setId("audit-entries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Texts.time(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.action().displayName())
                .setHeader("Done")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.caseReference() == null ? "" : e.caseReference())
                .setHeader("Case")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::what).setHeader("What").setFlexGrow(1);
        grid.setEmptyStateText("Nothing in the audit log matches.");
        add(
                new H1("Audit log"),
                new Paragraph("Every view of a case, every export and every change, with who did it and when. Entries "
                        + "cannot be changed or removed until their keeping period is over."),
                filters,
                grid);
        refresh();
    }

    private AuditSearch.Filter filter() {
        return new AuditSearch.Filter(
                caseReference.getValue(), actor.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditSearch.Filter filter = filter();
        grid.setItems(
                query -> search.find(administrator, filter, query.getOffset(), query.getLimit()).stream(),
                query -> search.count(administrator, filter));
    }
}
