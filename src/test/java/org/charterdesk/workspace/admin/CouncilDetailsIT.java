package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import org.charterdesk.administration.CouncilAdministration;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.Councils;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The council's details on screen: an administrator changes the sign-off and phone number and the next email carries
 * them; a bad field is refused beside it; a stale change is refused; the configured details come back on request.
 */
class CouncilDetailsIT extends ViewTestBase {

    private static final String SIGN_OFF = "With best wishes, the Complaints Team, Anytown Council";

    @Autowired
    CouncilAdministration administration;

    @Autowired
    CouncilProperties council;

    @Autowired
    OutboxSender sender;

    @AfterEach
    void putBackTheConfiguredDetails() {
        administration.putBack(admin);
    }

    @Test
    void anAdministratorChangesTheDetailsAndTheNextEmailCarriesThem() {
        open(admin, "council");
        TextField phone = _get(TextField.class, spec -> spec.withId("council-phone"));
        assertThat(phone.getValue()).isEqualTo("0300 123 4567");
        phone.setValue("");
        _click(_get(Button.class, spec -> spec.withId("save-council")));
        assertThat(phone.getErrorMessage()).isEqualTo("Give the phone number customers call");
        assertThat(council.phone()).isEqualTo("0300 123 4567");

        phone.setValue("0300 999 0000");
        _get(TextField.class, spec -> spec.withId("council-sign-off")).setValue(SIGN_OFF);
        _click(_get(Button.class, spec -> spec.withId("save-council")));
        assertThat(council.phone()).isEqualTo("0300 999 0000");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like ?",
                        Integer.class,
                        "Changed the council's details: phone '0300 123 4567' to '0300 999 0000'; sign-off%"))
                .isPositive();

        TestMailServer.purge();
        webComplaint("housing", "details@example.com");
        sender.sendDue();
        MimeMessage mail = TestMailServer.to("details@example.com").get(0);
        assertThat(TestMailServer.text(mail)).contains(SIGN_OFF);

        administration.putBack(admin);
        assertThat(council.phone()).isEqualTo("0300 123 4567");
        assertThat(council.signOff()).isEqualTo("Yours sincerely, Customer Services, Anytown Council");
    }

    @Test
    void aStaleChangeIsRefusedAndOnlyAdministratorsChangeTheDetails() {
        CouncilAdministration.Opened opened = administration.open(admin);
        CouncilProperties.Details d = opened.details();
        CouncilProperties.Details newPhone = Councils.withPhone(d, "0300 111 2222");
        administration.save(newPhone, opened.version(), admin);
        assertThatThrownBy(() -> administration.save(d, opened.version(), admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Someone else changed the council's details since you opened them");
        assertThat(council.phone()).isEqualTo("0300 111 2222");

        assertRefused(max, "council", CouncilView.class);
        assertThatThrownBy(() -> administration.open(max)).isInstanceOf(AccessDeniedException.class);
    }
}
