package org.charterdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.InitParameters;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import kotlin.jvm.functions.Function0;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Views rendered on the server with Karibu-Testing, inside the whole running application, as a given member of
 * staff (or nobody) sees them. Vaadin's own access control runs as it does in a browser.
 */
public abstract class ViewTestBase extends IntegrationTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.charterdesk");

    @Autowired
    protected ApplicationContext context;

    /**
     * Karibu's servlet, given the application's setting for Vaadin's component tracker, which Karibu's own context does
     * not read: views here are built as the running application builds them, without a stack walk a component.
     */
    private static final class ConfiguredServlet extends MockSpringServlet {

        ConfiguredServlet(ApplicationContext context, Function0<UI> ui) {
            super(ROUTES, context, ui);
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            String tracker = InitParameters.APPLICATION_PARAMETER_DEVMODE_ENABLE_COMPONENT_TRACKER;
            config.getServletContext()
                    .setInitParameter(tracker, ctx.getEnvironment().getProperty("vaadin." + tracker, "true"));
            super.init(config);
        }
    }

    /** Signs in as {@code member} (null: nobody) and opens {@code location}. */
    protected void open(StaffMember member, String location) {
        openIn(null, member, location);
    }

    /** Opens {@code location} as a visitor who chose {@code language} with the public pages' switch. */
    protected void openIn(Language language, StaffMember member, String location) {
        MockVaadin.tearDown();
        UsernamePasswordAuthenticationToken authentication = member == null
                ? null
                : UsernamePasswordAuthenticationToken.authenticated(member, null, member.authorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> ui = UI::new;
        MockVaadin.setup(ui, new ConfiguredServlet(context, ui));
        if (language != null) {
            UI.getCurrent().setLocale(language.locale());
        }
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /**
     * Checks that Vaadin refuses {@code location} to the member before the view is built: they see "You cannot open
     * this" inside the workspace, and nothing of the view.
     */
    protected void assertRefused(StaffMember member, String location, Class<?> view) {
        open(member, location);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("You cannot open this", "MainLayout")
                .doesNotContain(view.getSimpleName());
    }

    /** Chooses a service by its code in the form's "service" box. */
    protected static ServiceRef chooseService(String code) {
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = LocatorJ._get(ComboBox.class, spec -> spec.withId("service"));
        ServiceRef chosen = service.getListDataView()
                .getItems()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
        LocatorJ._setValue(service, chosen);
        return chosen;
    }

    /** Fills in who the customer is and what happened, as the customer or staff type them into a form. */
    protected static void fillInCustomer(String name, String email, String whatHappened) {
        LocatorJ._setValue(LocatorJ._get(TextField.class, spec -> spec.withId("customer-name")), name);
        LocatorJ._setValue(LocatorJ._get(EmailField.class, spec -> spec.withId("customer-email")), email);
        LocatorJ._setValue(LocatorJ._get(TextArea.class, spec -> spec.withId("what-happened")), whatHappened);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * The step's action has shown what it would send the customer: returns the preview's words (subjects, whom to,
     * plain text) and confirms it, so that it runs.
     */
    protected static String confirmLetter() {
        String preview = LocatorJ._get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("letter-preview"))
                .getElement()
                .getTextRecursively();
        LocatorJ._click(
                LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("confirm-send")));
        return preview;
    }
}
