package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import java.util.List;
import java.util.function.Consumer;
import org.charterdesk.tasklist.TaskAction;
import org.charterdesk.tasklist.TaskRow;

/**
 * Keyboard shortcuts in a task list, as in the queues officers know. The arrow keys move between rows (the grid's
 * own); on the row in focus, O opens it, C claims it and G gives it back, each only where the row offers it; "?"
 * lists them, as does the "Keyboard shortcuts" button. They act only while the list has the focus, so typing in
 * the search box is never taken as a shortcut.
 */
class ListShortcuts {

    private static final List<String[]> KEYS = List.of(
            new String[] {"Down arrow, up arrow", "Next row, previous row"},
            new String[] {"O", "Open the step"},
            new String[] {"C", "Claim the step"},
            new String[] {"G", "Give the step back to the team"},
            new String[] {"?", "Show these shortcuts"});

    private TaskRow focused;

    ListShortcuts(Grid<TaskRow> grid, Consumer<TaskRow> open, Consumer<TaskRow> claim, Consumer<TaskRow> giveBack) {
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        on(grid, "o", TaskAction.OPEN, open);
        on(grid, "c", TaskAction.CLAIM, claim);
        on(grid, "g", TaskAction.GIVE_BACK, giveBack);
        Shortcuts.addShortcutListener(grid, ListShortcuts::showHelp, Key.of("?"))
                .listenOn(grid);
    }

    private void on(Grid<TaskRow> grid, String key, TaskAction action, Consumer<TaskRow> act) {
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null && focused.offers(action)) {
                                act.accept(focused);
                            }
                        },
                        Key.of(key))
                .listenOn(grid);
    }

    /** The button that lists the shortcuts, for people who do not know to press "?". */
    static Button helpButton() {
        Button help = new Button("Keyboard shortcuts", e -> showHelp());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        help.setId("shortcuts-help");
        return help;
    }

    static void showHelp() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard shortcuts in the task lists");
        dialog.setId("shortcuts-dialog");
        DescriptionList list = new DescriptionList();
        KEYS.forEach(key -> list.add(new DescriptionList.Term(key[0]), new DescriptionList.Description(key[1])));
        list.addClassName("summary-list");
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
