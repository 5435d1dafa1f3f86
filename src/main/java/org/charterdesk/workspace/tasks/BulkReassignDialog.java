package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BiConsumer;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.BulkTaskActions;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.workspace.ui.FormErrors;

/** A manager hands several steps to one person: only people who could take every one of them are offered. */
class BulkReassignDialog extends Dialog {

    BulkReassignDialog(
            List<TaskRow> rows,
            StaffMember manager,
            BulkTaskActions bulk,
            BiConsumer<String, BulkTaskActions.Outcome> done) {
        setHeaderTitle("Reassign " + rows.size() + (rows.size() == 1 ? " step" : " steps"));
        setId("bulk-reassign-dialog");
        FormErrors errors = new FormErrors();
        ComboBox<StaffMember> to = new ComboBox<>("Give them to");
        List<StaffMember> everyone = bulk.whoCouldTakeAll(rows, manager);
        to.setItems(everyone);
        to.setItemLabelGenerator(StaffMember::displayName);
        to.setRequiredIndicatorVisible(true);
        to.setId("bulk-reassign-to");
        errors.bind("to", to);
        add(
                new Paragraph(
                        everyone.isEmpty()
                                ? "Nobody could take every one of these steps. Choose steps of one service and team."
                                : "Only people who could take every one of these steps are listed."),
                errors,
                to);
        Button give = new Button("Reassign", e -> {
            if (to.getValue() == null) {
                errors.show(InvalidInputException.of("to", "Choose who should do them"));
                return;
            }
            close();
            done.accept(
                    "Reassigned to " + to.getValue().displayName() + ":",
                    bulk.reassign(rows, to.getValue().username(), manager));
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("bulk-reassign-confirm");
        getFooter().add(new Button("Cancel", e -> close()), give);
    }
}
