package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseCounts;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.BulkTaskActions;
import org.charterdesk.tasklist.SavedListViews;
import org.charterdesk.tasklist.TaskAction;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskListSort;
import org.charterdesk.tasklist.TaskListUpdates;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/**
 * The task lists, the home page after sign-in: my tasks, my teams' unclaimed tasks, and for a manager every open
 * step of their services. Most urgent first unless sorted by a column (the database sorts); loaded a page at a
 * time; refreshed by itself when steps change. The address keeps the list, its filters and its order, so that a
 * view can be bookmarked and shared. What each row offers (claim, open, give back, reassign) is decided by the task
 * lists, not here.
 */
@Menu(order = 1, title = "Tasks", icon = "vaadin:tasks")
@Route(value = "tasks", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Tasks | Charterdesk")
@RolesAllowed(Roles.STAFF)
public class TasksView extends VerticalLayout implements BeforeEnterObserver {

    private static final String ACTIONS = """
            <vaadin-button id="claim-${item.reference}" theme="small primary" ?hidden="${!item.claim}" \
            @click="${doClaim}">Claim</vaadin-button>
            <vaadin-button id="open-${item.reference}" theme="small primary" ?hidden="${!item.open}" \
            @click="${doOpen}">Open</vaadin-button>
            <vaadin-button id="give-back-${item.reference}" theme="small tertiary" ?hidden="${!item.giveBack}" \
            @click="${doGiveBack}">Give back</vaadin-button>
            <vaadin-button id="reassign-${item.reference}" theme="small" ?hidden="${!item.reassign}" \
            @click="${doReassign}">Reassign</vaadin-button>""";

    private final StaffMember member;
    private final TaskLists taskLists;
    private final TaskActions taskActions;
    private final TaskListUpdates updates;
    private final CaseCounts counts;
    private final Map<TaskListKind, Tab> tabs = new EnumMap<>(TaskListKind.class);
    private final Tabs tabBar = new Tabs();
    private final Grid<TaskRow> grid = new Grid<>(TaskRow.class, false);
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final Select<Stage> stage = new Select<>();
    private final Select<CharterFlag> status = new Select<>();
    private final TextField search = new TextField("Search");
    private final FormErrors errors = new FormErrors();
    private final WorkloadFigures figures;
    private final DueDates dueDates;
    private TaskListKind kind = TaskListKind.MINE;
    private TaskListSort.Order order = TaskListSort.Order.SOONEST_DUE;
    private final Map<TaskListSort, Grid.Column<TaskRow>> sortable = new EnumMap<>(TaskListSort.class);
    private boolean restoring;
    private BulkBar bulkBar;
    private Runnable unsubscribe = () -> {};
    private Grid.Column<TaskRow> heldBy;
    private Grid.Column<TaskRow> received;

    public TasksView(
            CurrentStaff currentStaff,
            TaskLists taskLists,
            TaskActions taskActions,
            TaskListUpdates updates,
            CaseCounts counts,
            DueDates dueDates,
            Charter charter,
            BulkTaskActions bulk,
            SavedListViews savedViews) {
        this.member = currentStaff.require();
        this.taskLists = taskLists;
        this.taskActions = taskActions;
        this.updates = updates;
        this.counts = counts;
        this.dueDates = dueDates;
        this.figures = new WorkloadFigures(member, charter.serviceRefs());
        setSizeFull();
        add(new H1("Welcome, " + member.displayName()), figures);
        configureTabs();
        configureGrid();
        bulkBar = new BulkBar(grid, member, bulk, this::refresh);
        new ListShortcuts(grid, this::open, this::claim, this::giveBack);
        HorizontalLayout filterRow = filters(charter);
        filterRow.add(ListShortcuts.helpButton());
        SavedViewsBar saved = new SavedViewsBar(
                member,
                savedViews,
                charter.serviceRefs(),
                () -> new TaskListAddress(kind, filter(), order).toQuery().getQueryString());
        add(tabBar, filterRow, saved, errors, bulkBar, grid);
        configureColumns();
        heldBy.setVisible(false);
        refresh();
    }

    private void configureTabs() {
        for (TaskListKind k : TaskListKind.values()) {
            if (k == TaskListKind.APPROVALS
                    || k == TaskListKind.OVERVIEW && member.managerOf().isEmpty()) {
                continue;
            }
            Tab tab = new Tab(k.displayName());
            tab.setId("tab-" + k.name().toLowerCase());
            tabs.put(k, tab);
            tabBar.add(tab);
        }
        tabBar.addSelectedChangeListener(e -> {
            kind = tabs.entrySet().stream()
                    .filter(t -> t.getValue() == e.getSelectedTab())
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            heldBy.setVisible(kind == TaskListKind.OVERVIEW);
            bulkBar.listShown(kind);
            received.setVisible(kind != TaskListKind.OVERVIEW);
            listChanged();
        });
    }

    private HorizontalLayout filters(Charter charter) {
        service.setItems(charter.serviceRefs().stream()
                .filter(s -> member.maySeeService(s.code()))
                .toList());
        service.setItemLabelGenerator(ServiceRef::name);
        service.setClearButtonVisible(true);
        service.setPlaceholder("All your services");
        service.setId("filter-service");
        stage.setLabel("Stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> s == null ? "All stages" : s.shortName());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("All stages");
        stage.setId("filter-stage");
        status.setLabel("Status");
        status.setItems(CharterFlag.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.displayName());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setId("filter-status");
        search.setPlaceholder("Reference or customer name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("filter-search");
        service.addValueChangeListener(e -> listChanged());
        stage.addValueChangeListener(e -> listChanged());
        status.addValueChangeListener(e -> listChanged());
        search.addValueChangeListener(e -> listChanged());
        HorizontalLayout row = new HorizontalLayout(search, service, stage, status);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void configureGrid() {
        grid.setId("task-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query ->
                        taskLists
                                .page(member, kind, filter(), orderOf(query), query.getOffset(), query.getLimit())
                                .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, taskLists.count(member, kind, filter())));
        grid.setEmptyStateText("Nothing here.");
        grid.getStyle().set("font-size", "var(--lumo-font-size-s)");
    }

    private void configureColumns() {
        grid.addColumn(LitRenderer.<TaskRow>of("<a href=\"${item.href}\">${item.reference}</a>")
                        .withProperty("reference", TaskRow::caseReference)
                        .withProperty("href", TaskLinks::subject))
                .setHeader("Case")
                .setWidth("9.5em")
                .setFlexGrow(0)
                .setKey("case");
        grid.addColumn(LitRenderer.<TaskRow>of(
                                "${item.step}<small class=\"step-note\" ?hidden=${!item.note}><br>${item.note}</small>")
                        .withProperty("step", TaskRow::stepName)
                        .withProperty("note", row -> row.note() == null ? "" : row.note()))
                .setHeader("Step")
                .setWidth("8em")
                .setFlexGrow(2)
                .setKey("step");
        grid.addColumn(TaskRow::serviceName)
                .setHeader("Service")
                .setKey("service")
                .setWidth("6em")
                .setFlexGrow(1);
        grid.addColumn(row -> row.stage() == null ? "Not triaged" : row.stage().shortName())
                .setHeader("Stage")
                .setKey("stage")
                .setWidth("5.5em")
                .setFlexGrow(0);
        grid.addColumn(TaskRow::customerName)
                .setHeader("Customer")
                .setKey("customer")
                .setWidth("7em")
                .setFlexGrow(1);
        // The overview swaps the date received for who holds the step, so that it fits at 1280 pixels.
        heldBy = grid.addColumn(row -> row.assigneeName() == null ? "Nobody yet" : row.assigneeName())
                .setHeader("Held by")
                .setWidth("7em")
                .setKey("heldBy");
        received = grid.addColumn(row -> Texts.compactDate(row.receivedOn()))
                .setHeader("Received")
                .setKey("received")
                .setWidth("6.75em")
                .setFlexGrow(0);
        configureDeadlineColumns();
        configureActionsColumn();
        makeSortable();
    }

    /** The columns the database can sort by; "Working days left" sorts as "Due" does. */
    private void makeSortable() {
        Map<String, TaskListSort> byKey = Map.of(
                "case", TaskListSort.CASE,
                "step", TaskListSort.STEP,
                "service", TaskListSort.SERVICE,
                "stage", TaskListSort.STAGE,
                "customer", TaskListSort.CUSTOMER,
                "heldBy", TaskListSort.HELD_BY,
                "received", TaskListSort.RECEIVED,
                "due", TaskListSort.DUE);
        byKey.forEach((key, by) -> {
            Grid.Column<TaskRow> column = grid.getColumnByKey(key);
            column.setSortable(true).setSortProperty(by.word());
            sortable.put(by, column);
        });
        grid.getColumnByKey("left").setSortable(true).setSortProperty(TaskListSort.DUE.word());
        grid.addSortListener(e -> {
            order = e.getSortOrder().stream()
                    .findFirst()
                    .flatMap(o -> sortOf(o.getSorted())
                            .map(by -> new TaskListSort.Order(by, o.getDirection() == SortDirection.DESCENDING)))
                    .orElse(TaskListSort.Order.SOONEST_DUE);
            updateAddress();
        });
    }

    private Optional<TaskListSort> sortOf(Grid.Column<TaskRow> column) {
        if ("left".equals(column.getKey())) {
            return Optional.of(TaskListSort.DUE);
        }
        return sortable.entrySet().stream()
                .filter(e -> e.getValue() == column)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The order the grid asks for, as the database sorts it. */
    private static TaskListSort.Order orderOf(Query<TaskRow, ?> query) {
        return query.getSortOrders().stream()
                .findFirst()
                .flatMap(o -> TaskListSort.fromWord(o.getSorted())
                        .map(by -> new TaskListSort.Order(by, o.getDirection() == SortDirection.DESCENDING)))
                .orElse(TaskListSort.Order.SOONEST_DUE);
    }

    /** Opens the list, filters and order that the address names. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TaskListAddress address = TaskListAddress.fromQuery(event.getLocation().getQueryParameters());
        restoring = true;
        Tab tab = tabs.get(address.kind());
        if (tab != null) {
            tabBar.setSelectedTab(tab);
        }
        TaskListFilter wanted = address.filter();
        service.setValue(service.getListDataView()
                .getItems()
                .filter(s -> s.code().equals(wanted.serviceCode()))
                .findFirst()
                .orElse(null));
        stage.setValue(wanted.stage());
        status.setValue(wanted.status());
        search.setValue(wanted.search() == null ? "" : wanted.search());
        Grid.Column<TaskRow> column = sortable.get(address.order().by());
        if (!address.order().equals(TaskListSort.Order.SOONEST_DUE)) {
            SortDirection direction = address.order().descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING;
            grid.sort(List.of(new GridSortOrder<>(column, direction)));
        }
        restoring = false;
        refresh();
    }

    /** Keeps the list, its filters and its order in the address, without a new entry in the history. */
    private void updateAddress() {
        if (restoring) {
            return;
        }
        TaskListAddress address = new TaskListAddress(kind, filter(), order);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("tasks", address.toQuery())));
    }

    private void configureDeadlineColumns() {
        grid.addColumn(row -> Texts.compactDate(row.dueOn()))
                .setHeader("Due")
                .setKey("due")
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(row -> dueDates.words(row.dueOn()))
                .setHeader("Working days left")
                .setKey("left")
                .setWidth("6.5em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(LitRenderer.<TaskRow>of(
                                "<span theme=\"${item.theme}\" style=\"${item.style}\">${item.status}</span>")
                        .withProperty("theme", row -> StatusBadge.theme(row.status()))
                        .withProperty("style", row -> StatusBadge.style(row.status()))
                        .withProperty("status", row -> row.status().displayName()))
                .setHeader("Status")
                .setWidth("6.5em")
                .setFlexGrow(0)
                .setKey("status");
    }

    /**
     * Buttons drawn in the browser and bound to the row's item, so a click still reaches the right step when the
     * list has just been refreshed (by a filter or by another officer's change).
     */
    private void configureActionsColumn() {
        grid.addColumn(LitRenderer.<TaskRow>of(ACTIONS)
                        .withProperty("reference", TaskRow::caseReference)
                        .withProperty("claim", row -> row.offers(TaskAction.CLAIM))
                        .withProperty("open", row -> row.offers(TaskAction.OPEN))
                        .withProperty("giveBack", row -> row.offers(TaskAction.GIVE_BACK))
                        .withProperty("reassign", row -> row.offers(TaskAction.REASSIGN))
                        .withFunction("doClaim", this::claim)
                        .withFunction("doOpen", this::open)
                        .withFunction("doGiveBack", this::giveBack)
                        .withFunction("doReassign", this::reassign))
                .setHeader("Actions")
                .setWidth("10em")
                .setFlexGrow(0)
                .setKey("actions")
                .setFrozenToEnd(true);
    }

    void claim(TaskRow row) {
        act(() -> {
            taskActions.claim(row.taskId(), member);
            notice("You have claimed '" + row.stepName() + "' on " + row.caseReference());
        });
    }

    void open(TaskRow row) {
        UI.getCurrent().navigate(TaskLinks.workPlace(row));
    }

    void giveBack(TaskRow row) {
        act(() -> {
            taskActions.release(row.taskId(), member);
            notice("'" + row.stepName() + "' on " + row.caseReference() + " is back with the team");
        });
    }

    void reassign(TaskRow row) {
        errors.attempt(() -> new ReassignDialog(row, member, taskActions, this::refresh).open());
    }

    private void act(Runnable action) {
        errors.attempt(action);
        refresh();
    }

    private static void notice(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private TaskListFilter filter() {
        return new TaskListFilter(
                service.getValue() == null ? null : service.getValue().code(),
                stage.getValue(),
                status.getValue(),
                search.getValue());
    }

    /** The user chose another list or filter: reload, and keep the address in step (a refresh alone need not). */
    private void listChanged() {
        refresh();
        updateAddress();
    }

    /** Reloads the list and the counts on the tabs. */
    void refresh() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        tabs.forEach((k, tab) -> tab.setLabel(k.displayName() + " (" + taskLists.count(member, k, filter()) + ")"));
        figures.show(counts.openComplaints(member));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe =
                updates.subscribe(change -> member.maySeeService(change.serviceCode()), () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }

    Grid<TaskRow> grid() {
        return grid;
    }
}
