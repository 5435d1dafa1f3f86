package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.charterdesk.administration.PasswordResets;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The page behind a password reset link: a member of staff chooses their new password. No sign-in: the link cannot
 * be guessed, and works once within a day.
 */
@Route(value = "set-password")
@PageTitle("Choose a new password | Charterdesk")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements HasUrlParameter<String> {

    private final PasswordResets resets;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField again = new PasswordField("The new password again");
    private final FormErrors errors = new FormErrors().speakingToStaff();

    public SetPasswordView(PasswordResets resets) {
        this.resets = resets;
        password.setId("new-password");
        password.setHelperText("At least 12 characters. A few words you will remember make a good password.");
        again.setId("new-password-again");
        errors.bind("password", password).bind("again", again);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("Choose a new password"));
        if (resets.whoseLink(token).isEmpty()) {
            message("This link has expired or been used. Ask an administrator for a new one.");
            return;
        }
        Button save = new Button("Save my new password", e -> {
            if (errors.attempt(() -> resets.choose(token, password.getValue(), again.getValue()))) {
                removeAll();
                add(new H1("Choose a new password"));
                message("Your new password is saved.");
                add(new Anchor("login", "Sign in"));
            }
        });
        save.setId("save-new-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors, password, again, save);
    }

    private void message(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("set-password-message");
        add(paragraph);
    }
}
