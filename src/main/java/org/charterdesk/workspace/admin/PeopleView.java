package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.administration.PasswordResets;
import org.charterdesk.administration.People;
import org.charterdesk.administration.Person;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * Staff users, for administrators: add someone, change their details, services and roles, disable or enable them, and
 * send them a link to choose a new password. Where staff sign in through the council's provider, memberships are
 * shown but changed there.
 */
@Menu(order = 15, title = "People", icon = "vaadin:users")
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class PeopleView extends VerticalLayout {

    private final People people;
    private final PasswordResets resets;
    private final StaffMember member;
    private final List<ServiceRef> services;
    private final Div list = new Div();
    private final Div form = new Div();
    private final H2 formHeading = new H2();
    private final TextField username = new TextField("Username");
    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final EmailField email = new EmailField("Work email");
    private final CheckboxGroup<ServiceRef> officerOf = new CheckboxGroup<>("Officer in");
    private final CheckboxGroup<ServiceRef> managerOf = new CheckboxGroup<>("Manager of");
    private final Checkbox customerServices = new Checkbox("Customer services: logs contacts for every service");
    private final Checkbox corporateLead = new Checkbox("Corporate lead: reports on every service");
    private final Checkbox administrator = new Checkbox("Administrator");
    private final Button disable = new Button();
    private final Button reset = new Button("Send a link to choose a new password");
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private Person opened;
    private boolean disabled;

    public PeopleView(People people, PasswordResets resets, CurrentStaff currentStaff) {
        this.people = people;
        this.resets = resets;
        this.member = currentStaff.require();
        this.services = people.services();
        setUpForm();
        Button add = new Button("Add a member of staff", e -> edit(null));
        add.setId("new-person");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("people");
        add(new H1("People"));
        if (people.membershipsFromProvider()) {
            add(new Paragraph("Staff sign in with their council account, so their services and roles come from it:"
                    + " change them there. You can still change names and email addresses here."));
        }
        add(add, form, list);
        showList();
    }

    private void setUpForm() {
        username.setId("person-username");
        firstName.setId("person-first-name");
        lastName.setId("person-last-name");
        email.setId("person-email");
        for (CheckboxGroup<ServiceRef> group : List.of(officerOf, managerOf)) {
            group.setItems(services);
            group.setItemLabelGenerator(ServiceRef::name);
            group.setReadOnly(people.membershipsFromProvider());
        }
        officerOf.setId("person-officer-of");
        managerOf.setId("person-manager-of");
        customerServices.setId("person-customer-services");
        corporateLead.setId("person-corporate-lead");
        administrator.setId("person-administrator");
        for (Checkbox role : List.of(customerServices, corporateLead, administrator)) {
            role.setReadOnly(people.membershipsFromProvider());
        }
        errors.bind("username", username)
                .bind("firstName", firstName)
                .bind("lastName", lastName)
                .bind("email", email);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-person");
        disable.setId("disable-person");
        disable.addClickListener(e -> toggleDisabled());
        reset.setId("reset-password");
        reset.addClickListener(e -> sendReset());
        form.add(
                formHeading,
                errors,
                new HorizontalLayout(username, firstName, lastName),
                email,
                officerOf,
                managerOf,
                customerServices,
                corporateLead,
                administrator,
                new HorizontalLayout(save, disable, reset));
        form.setVisible(false);
    }

    private void showList() {
        list.removeAll();
        for (Person p : people.everyone(member)) {
            Button change = new Button("Change", e -> edit(p.username()));
            change.setId("change-person-" + p.username());
            change.getElement().setAttribute("aria-label", "Change " + p.name());
            Div shown = new Div(
                    new Paragraph(p.name() + " (" + p.username() + ")" + (p.disabled() ? ", disabled" : "")
                            + (p.email() == null ? "" : ", " + p.email()) + ": " + roles(p)),
                    change);
            shown.addClassName("person");
            list.add(shown);
        }
    }

    private String roles(Person p) {
        List<String> roles = new ArrayList<>();
        if (!p.officerOf().isEmpty()) {
            roles.add("officer in " + names(p.officerOf()));
        }
        if (!p.managerOf().isEmpty()) {
            roles.add("manager of " + names(p.managerOf()));
        }
        if (p.customerServices()) {
            roles.add("customer services");
        }
        if (p.corporateLead()) {
            roles.add("corporate lead");
        }
        if (p.administrator()) {
            roles.add("administrator");
        }
        return roles.isEmpty() ? "no roles" : String.join("; ", roles);
    }

    private String names(Set<String> codes) {
        return services.stream()
                .filter(s -> codes.contains(s.code()))
                .map(ServiceRef::name)
                .collect(Collectors.joining(", "));
    }

    private void edit(String who) {
        errors.clear();
        boolean isNew = who == null;
        Person p = isNew
                ? new Person(null, "", "", "", Set.of(), Set.of(), false, false, false, false)
                : people.find(who, member);
        disabled = p.disabled();
        opened = isNew ? null : p;
        formHeading.setText(isNew ? "Add a member of staff" : "Change " + p.name());
        username.setValue(isNew ? "" : p.username());
        username.setReadOnly(!isNew);
        firstName.setValue(p.firstName() == null ? "" : p.firstName());
        lastName.setValue(p.lastName() == null ? "" : p.lastName());
        email.setValue(p.email() == null ? "" : p.email());
        officerOf.setValue(
                services.stream().filter(s -> p.officerOf().contains(s.code())).collect(Collectors.toSet()));
        managerOf.setValue(
                services.stream().filter(s -> p.managerOf().contains(s.code())).collect(Collectors.toSet()));
        customerServices.setValue(p.customerServices());
        corporateLead.setValue(p.corporateLead());
        administrator.setValue(p.administrator());
        disable.setText(disabled ? "Enable their account" : "Disable their account");
        disable.setVisible(!isNew);
        reset.setVisible(!isNew);
        form.setVisible(true);
    }

    private void save() {
        Person input = new Person(
                username.getValue().strip(),
                firstName.getValue(),
                lastName.getValue(),
                email.getValue(),
                officerOf.getValue().stream().map(ServiceRef::code).collect(Collectors.toSet()),
                managerOf.getValue().stream().map(ServiceRef::code).collect(Collectors.toSet()),
                customerServices.getValue(),
                corporateLead.getValue(),
                administrator.getValue(),
                disabled);
        if (errors.attempt(() -> people.save(opened, input, member))) {
            Notification.show("Saved " + input.name() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.setVisible(false);
            showList();
        }
    }

    private void toggleDisabled() {
        String who = username.getValue();
        if (errors.attempt(() -> {
            if (disabled) {
                people.enable(who, member);
            } else {
                people.disable(who, member);
            }
        })) {
            Notification.show((disabled ? "Enabled " : "Disabled ") + who + ".");
            form.setVisible(false);
            showList();
        }
    }

    private void sendReset() {
        String who = username.getValue();
        if (errors.attempt(() -> resets.send(who, member))) {
            Notification.show("Sent " + who + " a link to choose a new password. It works once, within 24 hours.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
