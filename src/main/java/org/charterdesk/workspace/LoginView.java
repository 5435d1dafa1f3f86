package org.charterdesk.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.security.SignInThrottledException;
import org.charterdesk.security.SingleSignOn;
import org.charterdesk.security.TooManyGuessesException;
import org.charterdesk.workspace.ui.Texts;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Staff sign-in. Customers never need an account. */
@Route("login")
@PageTitle("Sign in | Charterdesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph refused = new Paragraph();

    public LoginView(CouncilProperties council, SingleSignOn singleSignOn) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Staff sign-in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage()
                .setMessage("Check them and try again. After several wrong tries you will be asked to wait a little "
                        + "before the next one.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        // One level-1 heading on the page: the council's name. The form's own title comes under it.
        form.getElement().setProperty("headingLevel", 2);
        getElement().setAttribute("role", "main");
        Anchor complain = new Anchor("/complain", "Make a complaint, compliment or comment");
        complain.setId("to-complaint-form");
        complain.setRouterIgnore(true);
        add(
                new H1(council.name()),
                new Paragraph("Charterdesk: complaints and our customer charter"),
                new Paragraph(new Span("Customers do not need to sign in: "), complain));
        refused.setId("sign-in-refused");
        refused.setVisible(false);
        add(refused);
        for (SingleSignOn.Provider provider : singleSignOn.providers()) {
            Anchor signIn = new Anchor(provider.path(), provider.label());
            signIn.setRouterIgnore(true);
            signIn.addClassName("single-sign-on");
            add(signIn);
        }
        if (singleSignOn.localAccounts()) {
            add(form);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("refused") && lastFailure() instanceof OAuth2AuthenticationException failure) {
            refused.setText(failure.getError().getDescription());
            refused.setVisible(true);
        }
        boolean error = parameters.containsKey("error");
        if (error && lastFailure() instanceof SignInThrottledException throttled) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Staff sign-in");
            i18n.getErrorMessage().setTitle("Please wait before trying again");
            i18n.getErrorMessage()
                    .setMessage("There have been several wrong passwords. You can try again at "
                            + Texts.clockTime(throttled.tryAgainAt()) + " (in "
                            + TooManyGuessesException.minutes(throttled.waitFor()) + ").");
            form.setI18n(i18n);
        }
        form.setError(error);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
