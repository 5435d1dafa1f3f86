package org.charterdesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The workspace views, rendered server-side with Karibu-Testing, as each kind of user sees them. */
class WorkspaceViewsIT extends IntegrationTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.charterdesk");

    @Autowired
    ApplicationContext context;

    private void open(StaffMember member, String location) {
        UsernamePasswordAuthenticationToken authentication = member == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(member, null, member.authorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null && authentication.getAuthorities()
                    .stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> ui = UI::new;
        MockVaadin.setup(ui, new MockSpringServlet(ROUTES, context, ui));
        UI.getCurrent().navigate(location);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerSeesTheirNameServicesAndTheirServicesOpenComplaints() {
        at(LocalDate.of(2026, 11, 2));
        phoneComplaint("housing", null);
        open(olivia, "");

        _assertOne(HomeView.class);
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText()).isEqualTo("Olivia Grant");
        List<String> roles = _get(UnorderedList.class, spec -> spec.withId("roles")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(roles).contains("Officer, Housing", "Officer, Housing (England)");
        assertThat(_get(Span.class, spec -> spec.withId("open-count")).getText()).matches("[1-9]\\d* open");
        _assertNone(Anchor.class, spec -> spec.withId("cockpit-link"));
    }

    @Test
    void anAdministratorHasTheProcessOperationsLinks() {
        open(admin, "");
        assertThat(_get(Anchor.class, spec -> spec.withId("cockpit-link")).getHref())
                .isEqualTo("/camunda/app/cockpit/default/");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("roles")).getElement().getTextRecursively())
                .contains("Administrator");
    }

    @Test
    void someoneNotSignedInIsSentToTheSignInPage() {
        open(null, "");
        _assertNone(HomeView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void theSignInPageShowsAnErrorAfterAWrongPassword() {
        open(null, "login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
