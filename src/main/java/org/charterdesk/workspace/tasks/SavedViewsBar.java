package org.charterdesk.workspace.tasks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Supplier;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.SavedListViews;
import org.charterdesk.tasklist.SavedView;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * Named views of the task lists: choose one to open it, save the list as it is now under a name, delete one's own.
 * A manager may share a view with everyone in one of their services.
 */
class SavedViewsBar extends HorizontalLayout {

    private final StaffMember member;
    private final SavedListViews views;
    private final List<ServiceRef> services;
    private final ComboBox<SavedView> chosen = new ComboBox<>("Saved views");
    private final Button delete = new Button("Delete view");

    SavedViewsBar(StaffMember member, SavedListViews views, List<ServiceRef> services, Supplier<String> currentQuery) {
        this.member = member;
        this.views = views;
        this.services = services;
        chosen.setId("saved-views");
        chosen.setPlaceholder("Choose a saved view");
        chosen.setItemLabelGenerator(this::label);
        chosen.addValueChangeListener(e -> {
            delete.setEnabled(e.getValue() != null && e.getValue().mine());
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                "tasks", QueryParameters.fromString(e.getValue().query()));
            }
        });
        Button save =
                new Button("Save this view", e -> saveDialog(currentQuery.get()).open());
        save.setId("save-view");
        delete.setId("delete-view");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(false);
        delete.addClickListener(e -> {
            views.delete(member, chosen.getValue().id());
            reload();
        });
        add(chosen, save, delete);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        reload();
    }

    private String label(SavedView view) {
        if (view.sharedService() == null) {
            return view.name();
        }
        String service = services.stream()
                .filter(s -> s.code().equals(view.sharedService()))
                .map(ServiceRef::name)
                .findFirst()
                .orElse(view.sharedService());
        return view.name() + " (shared with " + service + ")";
    }

    private void reload() {
        chosen.setItems(views.visibleTo(member));
        delete.setEnabled(false);
    }

    private Dialog saveDialog(String query) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save this view");
        dialog.setId("save-view-dialog");
        FormErrors errors = new FormErrors();
        TextField name = new TextField("Name");
        name.setId("view-name");
        name.setRequiredIndicatorVisible(true);
        ComboBox<ServiceRef> share = new ComboBox<>("Share with the team of");
        share.setId("view-share");
        share.setItems(
                services.stream().filter(s -> member.isManagerOf(s.code())).toList());
        share.setItemLabelGenerator(ServiceRef::name);
        share.setHelperText("Leave empty to keep it to yourself");
        share.setClearButtonVisible(true);
        share.setVisible(!member.managerOf().isEmpty());
        errors.bind("name", name);
        dialog.add(errors, name, share);
        Button save = new Button("Save", e -> {
            String shareWith =
                    share.getValue() == null ? null : share.getValue().code();
            if (errors.attempt(() -> views.save(member, name.getValue(), query, shareWith))) {
                dialog.close();
                reload();
                Notification.show("Saved the view '" + name.getValue().strip() + "'");
            }
        });
        save.setId("save-view-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }
}
