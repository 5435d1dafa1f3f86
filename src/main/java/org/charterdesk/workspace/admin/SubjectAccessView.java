package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.complaints.SubjectAccess;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * Subject access and erasure requests, for administrators: find every case held about a customer by their email
 * address, download it all, or erase their personal data with the reason for doing so.
 */
@Menu(order = 11, title = "Customer data requests", icon = "vaadin:user-card")
@Route(value = "subject-access", layout = MainLayout.class)
@PageTitle("Customer data requests | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class SubjectAccessView extends VerticalLayout {

    private final StaffMember administrator;
    private final SubjectAccess subjectAccess;
    private final EmailField email = new EmailField("Customer's email address");
    private final Grid<SubjectAccess.HeldCase> grid = new Grid<>();
    private final VerticalLayout actions = new VerticalLayout();
    private final TextArea reason = new TextArea("Why their data is being erased");
    private final FormErrors errors = new FormErrors();

    public SubjectAccessView(CurrentStaff currentStaff, SubjectAccess subjectAccess) {
        this.administrator = currentStaff.require();
        this.subjectAccess = subjectAccess;
        setSizeFull();
        email.setId("subject-email");
        email.setWidth("24em");
        Button find = new Button("Find their cases", e -> find());
        find.setId("subject-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout search = new HorizontalLayout(email, find);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("subject-cases");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SubjectAccess.HeldCase::reference).setHeader("Case");
        grid.addColumn(c -> c.kind().displayName()).setHeader("Kind");
        grid.addColumn(SubjectAccess.HeldCase::service).setHeader("Service");
        grid.addColumn(c -> Texts.date(c.receivedOn())).setHeader("Received");
        grid.addColumn(c -> c.status().displayName()).setHeader("Status");
        grid.setEmptyStateText("No case is held for this email address.");
        reason.setId("erase-reason");
        reason.setWidth("32em");
        reason.setMaxLength(250);
        errors.bind("reason", reason).bind("email", email);
        add(
                new H1("Customer data requests"),
                new Paragraph("A customer may ask for a copy of everything the council holds about them, or for it to "
                        + "be erased. Find their cases by the email address they gave."),
                search,
                errors,
                grid,
                actions);
        actions.setPadding(false);
        actions.setVisible(false);
    }

    private void find() {
        errors.clear();
        List<SubjectAccess.HeldCase> cases = subjectAccess.casesOf(administrator, email.getValue());
        grid.setItems(cases);
        actions.removeAll();
        actions.setVisible(!cases.isEmpty());
        if (cases.isEmpty()) {
            return;
        }
        String address = email.getValue().strip();
        Anchor download = Downloads.link(
                "subject-download",
                "Download everything held (ZIP)",
                "customer-data.zip",
                "application/zip",
                () -> subjectAccess.export(administrator, address));
        Button erase = new Button("Erase their data", e -> erase(address));
        erase.setId("subject-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(
                download,
                new H2("Erase"),
                new Paragraph("Erasing removes their name, contact details, everything written about them and the "
                        + "letters sent, from every closed case. The figures stay. Open cases are kept until they "
                        + "close. This cannot be undone."),
                reason,
                erase);
    }

    private void erase(String address) {
        int[] erased = new int[1];
        if (errors.attempt(() -> erased[0] = subjectAccess.erase(administrator, address, reason.getValue()))) {
            Notification.show(
                            "Erased the customer's data from " + erased[0] + (erased[0] == 1 ? " case." : " cases."),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reason.clear();
            find();
        }
    }
}
