package org.charterdesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.workspace.cases.NewCaseView;
import org.charterdesk.workspace.tasks.TasksView;
import org.junit.jupiter.api.Test;

/** The workspace frame and sign-in, rendered server-side with Karibu-Testing, as each kind of user sees them. */
class WorkspaceViewsIT extends ViewTestBase {

    @Test
    void anOfficerWhoOpensAManagersPageIsToldSoInsideTheWorkspaceAndNoPagesAreListed() {
        for (String page : List.of("reports", "approvals", "outbox", "audit")) {
            open(olivia, page);
            String tree = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
            assertThat(_get(H1.class, spec -> spec.withId("not-allowed")).getText())
                    .as(page)
                    .isEqualTo("You cannot open this");
            assertThat(_get(Anchor.class, spec -> spec.withId("back-to-start")).getHref())
                    .isEmpty();
            _assertOne(SideNav.class);
            assertThat(tree).doesNotContain("Available routes", "ReportsView", "outbox", "sign-ins");
        }
    }

    @Test
    void theStaffFormForLoggingAContactSpeaksToStaff() {
        open(fran, "cases/new");
        TextField name = _get(TextField.class, spec -> spec.withId("customer-name"));
        assertThat(name.getLabel()).isEqualTo("Customer's full name");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("customer-contact"))
                        .getLabel())
                .isEqualTo("How does the customer want to be contacted?");
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(name.getErrorMessage()).isEqualTo("Give the customer's name");
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Give the customer's name", "Say what happened, as the customer told it")
                .doesNotContain("your", "Tell us");
    }

    @Test
    void anOfficerLandsOnTheirTasksWithTheirServicesFigures() {
        at(LocalDate.of(2026, 11, 2));
        phoneComplaint("housing", null);
        open(olivia, "");

        _assertOne(TasksView.class);
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .isEqualTo("Olivia Grant");
        assertThat(_get(H1.class, spec -> spec.withText("Welcome, Olivia Grant")))
                .isNotNull();
        List<String> roles = _get(UnorderedList.class, spec -> spec.withId("roles"))
                .getChildren()
                .map(item -> ((ListItem) item).getText())
                .toList();
        assertThat(roles).contains("Officer, Housing", "Officer, Housing (England)");
        assertThat(_get(Span.class, spec -> spec.withId("open-count")).getText())
                .matches("[1-9]\\d* open");
        _assertNone(Anchor.class, spec -> spec.withId("cockpit-link"));
        assertThat(navigation()).containsExactly("Tasks", "Cases", "Action plans", "Self-assessments", "Log a contact");
    }

    @Test
    void aManagerAlsoHasApprovalsInTheNavigation() {
        open(max, "tasks");
        assertThat(navigation())
                .containsExactly(
                        "Tasks",
                        "Approvals",
                        "Cases",
                        "Action plans",
                        "Self-assessments",
                        "Reports",
                        "Scorecard",
                        "Log a contact",
                        "Due for anonymising",
                        "Standard paragraphs",
                        "Contact restrictions");
    }

    @Test
    void anAdministratorHasTheProcessOperationsLinks() {
        open(admin, "");
        assertThat(_get(Anchor.class, spec -> spec.withId("cockpit-link")).getHref())
                .isEqualTo("/camunda/app/cockpit/default/");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("roles"))
                        .getElement()
                        .getTextRecursively())
                .contains("Administrator");
    }

    @Test
    void theCorporateLeadDoesNotLogContacts() {
        open(cora, "");
        assertThat(navigation()).doesNotContain("Log a contact");
        assertRefused(cora, "cases/new", NewCaseView.class);
    }

    @Test
    void theCorporateLeadsHomePageShowsTheWholeCouncilsFigures() {
        at(LocalDate.of(2026, 11, 2));
        phoneComplaint("housing", null);
        long councilWide = context.getBean(org.charterdesk.complaints.CaseCounts.class)
                .openComplaints(admin)
                .open();
        open(cora, "");
        assertThat(_get(Span.class, spec -> spec.withId("open-count")).getText())
                .isEqualTo(councilWide + " open");
        assertThat(councilWide).isPositive();
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("Open complaints, all services:");
    }

    @Test
    void theCouncilsNameIsConfiguration() {
        open(olivia, "");
        assertThat(_get(Span.class, spec -> spec.withId("council-name")).getText())
                .startsWith("Anytown Council");
    }

    @Test
    void someoneNotSignedInIsSentToTheSignInPage() {
        open(null, "");
        _assertNone(TasksView.class);
        _assertOne(LoginView.class);
        open(null, "cases");
        _assertOne(LoginView.class);
        open(null, "approvals");
        _assertOne(LoginView.class);
    }

    @Test
    void theSignInPageShowsAnErrorAfterAWrongPassword() {
        open(null, "login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
