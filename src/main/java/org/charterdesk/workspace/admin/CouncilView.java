package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.administration.CouncilAdministration;
import org.charterdesk.charter.CouncilProperties.Details;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The council's details, for administrators: the name, contact details and letterhead that every screen, email and
 * letter shows, the population behind "per 1,000", Welsh, and the ombudsman customers are pointed to.
 */
@Menu(order = 17, title = "Council details", icon = "vaadin:institution")
@Route(value = "council", layout = MainLayout.class)
@PageTitle("Council details | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class CouncilView extends VerticalLayout {

    private final CouncilAdministration administration;
    private final StaffMember member;
    private final TextField name = field("Name", "council-name");
    private final TextField shortName = field("Short name", "council-short-name");
    private final TextField phone = field("Phone", "council-phone");
    private final TextField email = field("Email", "council-email");
    private final TextField website = field("Website", "council-website");
    private final TextField address = field("Letterhead address, lines split by commas", "council-address");
    private final TextField logo =
            field("Logo: a path such as /images/council-logo.svg, or an address", "council-logo");
    private final TextField signOff = field("Sign-off of every letter and email", "council-sign-off");
    private final IntegerField population = new IntegerField("Population, for complaints per 1,000");
    private final Checkbox welsh = new Checkbox("Offer every public page, email and letter in Welsh too");
    private final TextField welshName = field("Name in Welsh", "council-welsh-name");
    private final TextField welshSignOff = field("Sign-off in Welsh", "council-welsh-sign-off");
    private final TextField ombudsmanName = field("Ombudsman, as letters name it", "council-ombudsman");
    private final TextField ombudsmanWebsite = field("Ombudsman's website", "council-ombudsman-website");
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private long version;

    public CouncilView(CouncilAdministration administration, CurrentStaff currentStaff) {
        this.administration = administration;
        this.member = currentStaff.require();
        population.setId("council-population");
        population.setMin(0);
        welsh.setId("council-welsh");
        errors.bind("name", name)
                .bind("phone", phone)
                .bind("email", email)
                .bind("website", website)
                .bind("address", address);
        Button save = new Button("Save the council's details", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-council");
        Button putBack = new Button("Put back the configured details", e -> {
            if (errors.attempt(() -> administration.putBack(member))) {
                load();
            }
        });
        putBack.setId("put-back-council");
        add(
                new H1("Council details"),
                new Paragraph("Shown on every screen, email and letter. Customers read these."),
                errors,
                new HorizontalLayout(name, shortName),
                new HorizontalLayout(phone, email, website),
                address,
                logo,
                signOff,
                population,
                new H2("Welsh"),
                welsh,
                new HorizontalLayout(welshName, welshSignOff),
                new H2("Ombudsman"),
                new HorizontalLayout(ombudsmanName, ombudsmanWebsite),
                new HorizontalLayout(save, putBack));
        load();
    }

    private static TextField field(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private void load() {
        CouncilAdministration.Opened opened = administration.open(member);
        Details d = opened.details();
        version = opened.version();
        name.setValue(d.name());
        shortName.setValue(d.shortName());
        phone.setValue(orEmpty(d.phone()));
        email.setValue(orEmpty(d.email()));
        website.setValue(orEmpty(d.website()));
        address.setValue(orEmpty(d.address()));
        logo.setValue(orEmpty(d.logo()));
        signOff.setValue(d.signOff());
        population.setValue(d.population());
        welsh.setValue(d.languages().stream().anyMatch("cy"::equalsIgnoreCase));
        welshName.setValue(d.welshName());
        welshSignOff.setValue(d.welshSignOff());
        ombudsmanName.setValue(orEmpty(d.ombudsmanName()));
        ombudsmanWebsite.setValue(orEmpty(d.ombudsmanWebsite()));
    }

    private void save() {
        Details details = new Details(
                name.getValue().strip(),
                shortName.getValue().strip(),
                phone.getValue().strip(),
                email.getValue().strip(),
                website.getValue().strip(),
                ombudsmanName.getValue().strip(),
                ombudsmanWebsite.getValue().strip(),
                logo.getValue().strip(),
                signOff.getValue().strip(),
                welshName.getValue().strip(),
                welshSignOff.getValue().strip(),
                welsh.getValue() ? List.of("en", "cy") : List.of("en"),
                population.getValue(),
                address.getValue().strip());
        if (errors.attempt(() -> administration.save(details, version, member))) {
            Notification.show("Saved. Every screen, email and letter now uses these details.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
