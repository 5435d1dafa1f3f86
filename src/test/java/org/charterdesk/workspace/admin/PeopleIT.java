package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.charterdesk.administration.People;
import org.charterdesk.administration.Person;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.security.StaffAccounts;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff users on screen: an administrator adds someone to a service, sends them a link to choose their password, and
 * they sign in to their service's cases; a disabled account cannot sign in; an administrator cannot take away their
 * own role, and the last administrator cannot be disabled.
 */
class PeopleIT extends ViewTestBase {

    private static final String NEW_PASSWORD = "kettle orchard lantern";

    @Autowired
    People people;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    OutboxSender sender;

    @Test
    void anAdministratorAddsSomeoneWhoChoosesTheirPasswordAndSignsInToTheirService() throws Exception {
        String username = "nina" + System.nanoTime() % 100_000;
        open(admin, "people");
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        _get(TextField.class, spec -> spec.withId("person-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("person-first-name")).setValue("Nina");
        _get(TextField.class, spec -> spec.withId("person-last-name")).setValue("Shah");
        _click(_get(Button.class, spec -> spec.withId("save-person")));
        assertThat(_get(EmailField.class, spec -> spec.withId("person-email")).getErrorMessage())
                .isEqualTo("Give their work email address, like name@council.gov.uk");
        _get(EmailField.class, spec -> spec.withId("person-email")).setValue(username + "@council.example");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ServiceRef> officerOf = _get(CheckboxGroup.class, spec -> spec.withId("person-officer-of"));
        officerOf.setValue(officerOf
                .getListDataView()
                .getItems()
                .filter(s -> s.code().equals("housing"))
                .collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("save-person")));
        assertThat(text("people"))
                .contains("Nina Shah (" + username + "), " + username + "@council.example: officer in Housing");
        StaffMember nina = directory.find(username).orElseThrow();
        assertThat(nina.officerOf()).containsExactly("housing");
        assertThat(identity.createGroupQuery().groupMember(username).list())
                .extracting(g -> g.getId())
                .containsExactly(StaffGroups.officers("housing"));

        TestMailServer.purge();
        _click(_get(Button.class, spec -> spec.withId("change-person-" + username)));
        _click(_get(Button.class, spec -> spec.withId("reset-password")));
        sender.sendDue();
        MimeMessage mail = TestMailServer.to(username + "@council.example").get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Choose a new Charterdesk password");
        Matcher link = Pattern.compile("/set-password/([A-Za-z0-9_-]{43})").matcher(TestMailServer.text(mail));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        open(null, "set-password/" + token);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("save-new-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password"))
                        .getErrorMessage())
                .isEqualTo("Choose a password of at least 12 characters");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue(NEW_PASSWORD);
        _get(PasswordField.class, spec -> spec.withId("new-password-again")).setValue(NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("save-new-password")));
        assertThat(text("set-password-message")).isEqualTo("Your new password is saved.");
        open(null, "set-password/" + token);
        assertThat(text("set-password-message"))
                .isEqualTo("This link has expired or been used. Ask an administrator for a new one.");

        String ref = phoneComplaint("housing", null).getReference();
        assertThat(get("/api/v1/complaints/" + ref, username, NEW_PASSWORD)).isEqualTo(200);
        open(admin, "people");
        _click(_get(Button.class, spec -> spec.withId("change-person-" + username)));
        _click(_get(Button.class, spec -> spec.withId("disable-person")));
        assertThat(text("people")).contains("Nina Shah (" + username + "), disabled");
        assertThat(get("/api/v1/complaints/" + ref, username, NEW_PASSWORD)).isEqualTo(401);
        people.enable(username, admin);
        assertThat(get("/api/v1/complaints/" + ref, username, NEW_PASSWORD)).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what in (?, ?, ?)",
                        Integer.class,
                        "Sent a password reset link to " + username,
                        "Disabled the member of staff " + username,
                        "Enabled the member of staff " + username))
                .isEqualTo(3);
    }

    @Test
    void anAdministratorKeepsTheirOwnRoleAndTheLastAdministratorStays() {
        Person own = people.find("admin", admin);
        assertThatThrownBy(() -> people.save(own, withoutAdministrator(own), admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("You cannot take away your own administrator role");
        assertThatThrownBy(() -> people.disable("admin", admin))
                .hasMessageContaining("You cannot disable your own account");

        StaffMember second = staff("second-admin", "Sam", "Second", StaffGroups.ADMINISTRATORS);
        List<String> others = identity.createUserQuery().memberOfGroup(StaffGroups.ADMINISTRATORS).list().stream()
                .map(u -> u.getId())
                .filter(id -> !id.equals("admin") && !accounts.isDisabled(id))
                .toList();
        others.forEach(id -> accounts.disable(id, "test"));
        try {
            assertThatThrownBy(() -> people.disable("admin", second))
                    .hasMessageContaining("This is the last administrator, so they cannot be disabled");
            assertThatThrownBy(() -> people.save(own, withoutAdministrator(own), second))
                    .hasMessageContaining("This is the last administrator");
            assertThat(directory.find("admin").orElseThrow().administrator()).isTrue();
        } finally {
            others.forEach(accounts::enable);
        }
        assertRefused(max, "people", PeopleView.class);
    }

    @Test
    void twoAdministratorsChangingOnePersonDoNotOverwriteEachOther() {
        String username = "pat-" + System.nanoTime() % 1_000_000;
        staff(username, "Pat", "Stale", StaffGroups.officers("housing"));
        Person opened = people.find(username, admin);
        Person renamed = new Person(
                opened.username(),
                "Patricia",
                opened.lastName(),
                opened.email(),
                opened.officerOf(),
                opened.managerOf(),
                false,
                false,
                false,
                false);
        people.save(opened, renamed, admin);
        Person manager = new Person(
                opened.username(),
                opened.firstName(),
                opened.lastName(),
                opened.email(),
                opened.officerOf(),
                Set.of("housing"),
                false,
                false,
                false,
                false);
        assertThatThrownBy(() -> people.save(opened, manager, admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Someone else changed Patricia Stale since you opened them");
        assertThat(directory.find(username).orElseThrow().managerOf()).isEmpty();
        people.save(renamed, renamed, admin);
    }

    private static Person withoutAdministrator(Person p) {
        return new Person(
                p.username(),
                p.firstName(),
                p.lastName(),
                p.email(),
                p.officerOf(),
                p.managerOf(),
                p.customerServices(),
                p.corporateLead(),
                false,
                p.disabled());
    }

    private int get(String path, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
