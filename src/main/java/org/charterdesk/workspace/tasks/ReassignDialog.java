package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.workspace.ui.FormErrors;

/** A manager hands a step to someone in the team that may do it. */
class ReassignDialog extends Dialog {

    ReassignDialog(TaskRow row, StaffMember manager, TaskActions taskActions, Runnable done) {
        setHeaderTitle("Reassign '" + row.stepName() + "' on " + row.caseReference());
        setId("reassign-dialog");
        FormErrors errors = new FormErrors();
        ComboBox<StaffMember> to = new ComboBox<>("Give it to");
        to.setItems(taskActions.whoCouldTake(row.taskId(), manager));
        to.setItemLabelGenerator(StaffMember::displayName);
        to.setRequiredIndicatorVisible(true);
        to.setId("reassign-to");
        errors.bind("to", to);
        add(
                new Paragraph(
                        row.assigneeName() == null ? "Nobody holds it yet." : row.assigneeName() + " holds it now."),
                errors,
                to);
        Button give = new Button("Reassign", e -> {
            if (to.getValue() == null) {
                errors.show(InvalidInputException.of("to", "Choose who should do it"));
                return;
            }
            if (errors.attempt(
                    () -> taskActions.reassign(row.taskId(), to.getValue().username(), manager))) {
                close();
                done.run();
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("reassign-confirm");
        getFooter().add(new Button("Cancel", e -> close()), give);
    }
}
