package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.BulkTaskActions;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskRow;

/**
 * What can be done to the rows ticked in a task list: claim them all, or (managers) reassign them all. Each row
 * succeeds or fails on its own, and the result says how many were done and names each that was not, and why.
 */
class BulkBar extends Div {

    private final Grid<TaskRow> grid;
    private final StaffMember member;
    private final BulkTaskActions bulk;
    private final Runnable refresh;
    private final Button claim = new Button();
    private final Button reassign = new Button();
    private final Div result = new Div();
    private Grid.SelectionMode mode;

    BulkBar(Grid<TaskRow> grid, StaffMember member, BulkTaskActions bulk, Runnable refresh) {
        this.grid = grid;
        this.member = member;
        this.bulk = bulk;
        this.refresh = refresh;
        claim.setId("bulk-claim");
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.addClickListener(e -> report("Claimed", bulk.claim(selected(), member)));
        reassign.setId("bulk-reassign");
        reassign.addClickListener(e -> new BulkReassignDialog(selected(), member, bulk, this::report).open());
        reassign.setVisible(!member.managerOf().isEmpty());
        result.setId("bulk-result");
        result.getElement().setAttribute("role", "status");
        HorizontalLayout buttons = new HorizontalLayout(claim, reassign);
        add(buttons, result);
        showFor(0);
        listShown(TaskListKind.MINE);
    }

    /**
     * Offers what makes sense in the list shown: claiming in team tasks, reassigning for managers. Where neither
     * does, rows cannot be ticked.
     */
    void listShown(TaskListKind kind) {
        grid.deselectAll();
        claim.setVisible(kind == TaskListKind.TEAM);
        boolean any = claim.isVisible() || reassign.isVisible();
        setVisible(any);
        Grid.SelectionMode wanted = any ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE;
        if (wanted != mode) {
            // A new selection model: the listener belongs to the model, so it is added again.
            grid.setSelectionMode(wanted);
            if (any) {
                grid.addSelectionListener(e -> showFor(e.getAllSelectedItems().size()));
            }
            mode = wanted;
        }
        showFor(0);
    }

    private List<TaskRow> selected() {
        return List.copyOf(grid.getSelectedItems());
    }

    private void showFor(int count) {
        String rows = count == 1 ? "1 selected step" : count + " selected steps";
        claim.setText("Claim " + rows);
        reassign.setText("Reassign " + rows);
        claim.setEnabled(count > 0);
        reassign.setEnabled(count > 0);
    }

    /** Says what was done, names what was not, and starts again with nothing ticked. */
    private void report(String verb, BulkTaskActions.Outcome outcome) {
        result.removeAll();
        result.add(new Paragraph(verb + " " + outcome.done() + (outcome.done() == 1 ? " step." : " steps.")));
        if (!outcome.failed().isEmpty()) {
            UnorderedList failures = new UnorderedList();
            outcome.failed().forEach((row, why) -> failures.add(new ListItem(row + ": " + why)));
            failures.setId("bulk-failures");
            result.add(new Paragraph("Not done:"), failures);
        }
        grid.deselectAll();
        refresh.run();
    }
}
