package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.SignInSecurity;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * Failed sign-ins, for administrators: who, from where and when, which accounts must wait before their next try, and
 * letting one of them sign in at once (for a member of staff who has phoned to say they are locked out).
 */
@Menu(order = 9, title = "Failed sign-ins", icon = "vaadin:lock")
@Route(value = "sign-ins", layout = MainLayout.class)
@PageTitle("Failed sign-ins | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class SignInsView extends VerticalLayout {

    private final StaffMember administrator;
    private final SignInSecurity security;
    private final Grid<SignInSecurity.FailedSignIn> grid = new Grid<>();
    private final FormErrors errors = new FormErrors();

    public SignInsView(CurrentStaff currentStaff, SignInSecurity security) {
        this.administrator = currentStaff.require();
        this.security = security;
        setSizeFull();
        grid.setId("sign-in-failures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(f -> Texts.time(f.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SignInSecurity.FailedSignIn::username)
                .setHeader("Username")
                .setFlexGrow(1);
        grid.addColumn(SignInSecurity.FailedSignIn::address)
                .setHeader("From address")
                .setFlexGrow(1);
        grid.addColumn(f -> f.waitsUntil() == null ? "" : "Must wait until " + Texts.clockTime(f.waitsUntil()))
                .setHeader("Now")
                .setFlexGrow(1);
        grid.addComponentColumn(this::letIn)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("let-in");
        grid.setEmptyStateText("No failed sign-ins.");
        add(
                new H1("Failed sign-ins"),
                new Paragraph("Wrong passwords are slowed down by account and by address: the first three cost "
                        + "nothing, then each doubles the wait, up to 15 minutes. Nobody is locked out for good. If a "
                        + "member of staff must wait and should not, let them sign in now."),
                errors,
                grid);
        refresh();
    }

    private Component letIn(SignInSecurity.FailedSignIn failure) {
        if (failure.waitsUntil() == null) {
            return new Span();
        }
        Button button = new Button("Let them sign in now", e -> {
            if (errors.attempt(() -> security.letSignInNow(administrator, failure.username()))) {
                Notification.show(failure.username() + " can sign in now.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("let-in-" + failure.username());
        return button;
    }

    private void refresh() {
        grid.setItems(security.recentFailures(administrator, 200));
    }
}
