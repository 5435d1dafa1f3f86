package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.administration.ServiceAdministration;
import org.charterdesk.administration.ServiceAdministration.ServiceRow;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The council's services, for administrators: add one, rename it or give it its own procedure, and retire it,
 * saying where its open cases go.
 */
@Menu(order = 16, title = "Services", icon = "vaadin:office")
@Route(value = "services", layout = MainLayout.class)
@PageTitle("Services | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class ServicesView extends VerticalLayout {

    private final ServiceAdministration administration;
    private final StaffMember member;
    private final Div list = new Div();
    private final Div form = new Div();
    private final H2 formHeading = new H2();
    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("Name");
    private final ComboBox<ProcedureProfile> profile = new ComboBox<>("Own procedure");
    private final Div retiring = new Div();
    private final ComboBox<ServiceRow> moveTo = new ComboBox<>("Move its open cases to");
    private final Checkbox keepHere = new Checkbox("Keep its open cases with its team until they close");
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private ServiceRow editing;

    public ServicesView(ServiceAdministration administration, CurrentStaff currentStaff) {
        this.administration = administration;
        this.member = currentStaff.require();
        code.setId("service-code");
        name.setId("service-name");
        profile.setId("service-profile");
        profile.setItems(ProcedureProfile.values());
        profile.setItemLabelGenerator(ProcedureProfile::displayName);
        profile.setClearButtonVisible(true);
        profile.setHelperText("Leave empty to follow the council's procedure.");
        moveTo.setId("service-move-to");
        moveTo.setItemLabelGenerator(ServiceRow::name);
        keepHere.setId("service-keep-here");
        errors.bind("code", code).bind("name", name).bind("profile", profile).bind("moveTo", moveTo);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-service");
        Button retire = new Button("Retire this service", e -> retire());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.setId("retire-service");
        retiring.add(
                new H2("Retire"),
                new Paragraph("A retired service takes no new contacts. Its cases and figures" + " stay."),
                moveTo,
                keepHere,
                retire);
        form.add(formHeading, errors, new HorizontalLayout(code, name, profile), save, retiring);
        form.setVisible(false);
        Button add = new Button("Add a service", e -> edit(null));
        add.setId("new-service");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("services");
        add(new H1("Services"), add, form, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        for (ServiceRow s : administration.all(member)) {
            Button change = new Button("Change", e -> edit(s));
            change.setId("change-service-" + s.code());
            change.getElement().setAttribute("aria-label", "Change " + s.name());
            Div shown = new Div(
                    new Paragraph(s.name() + " (" + s.code() + ")"
                            + (s.profile().isEmpty() ? "" : ", own procedure " + s.profile())
                            + (s.retiredOn() == null ? "" : ", retired on " + Texts.date(s.retiredOn()))
                            + ": " + s.openCases() + (s.openCases() == 1 ? " open case" : " open cases")),
                    change);
            shown.addClassName("service");
            list.add(shown);
        }
    }

    private void edit(ServiceRow s) {
        editing = s;
        errors.clear();
        formHeading.setText(s == null ? "Add a service" : "Change " + s.name());
        code.setValue(s == null ? "" : s.code());
        code.setReadOnly(s != null);
        name.setValue(s == null ? "" : s.name());
        profile.setValue(s == null || s.profile().isEmpty() ? null : ProcedureProfile.fromConfig(s.profile()));
        List<ServiceRow> others = administration.all(member).stream()
                .filter(o -> s != null && !o.code().equals(s.code()) && o.retiredOn() == null)
                .toList();
        moveTo.setItems(others);
        moveTo.clear();
        keepHere.setValue(false);
        retiring.setVisible(s != null && s.retiredOn() == null);
        form.setVisible(true);
    }

    private void save() {
        boolean saved = editing == null
                ? errors.attempt(() ->
                        administration.create(code.getValue().strip(), name.getValue(), profile.getValue(), member))
                : errors.attempt(() -> administration.change(
                        editing.code(), editing.version(), name.getValue(), profile.getValue(), member));
        if (saved) {
            Notification.show("Saved " + name.getValue().strip() + ".")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.setVisible(false);
            showList();
        }
    }

    private void retire() {
        ServiceAdministration.OpenCases openCases = new ServiceAdministration.OpenCases(
                moveTo.getValue() == null ? null : moveTo.getValue().code(), keepHere.getValue());
        if (errors.attempt(() -> administration.retire(editing.code(), editing.version(), openCases, member))) {
            Notification.show("Retired " + editing.name() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.setVisible(false);
            showList();
        }
    }
}
