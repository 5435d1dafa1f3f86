package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Optional;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.FurtherContacts;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer's other cases on a case's page, and a warning before logging a second open case with a service. */
class CustomerHistoryIT extends ViewTestBase {

    @Autowired
    FurtherContacts furtherContacts;

    @Test
    void theCasePageListsTheCustomersOtherCasesInTheServicesTheReaderWorksFor() {
        String first = contact("housing", "Rhys Price", "rhys.price@example.com", "07700 900123");
        String byPhone = contact("housing", "R. Price", "other.address@example.com", "07700900123");
        String otherService = contact("waste", "Rhys Price", "rhys.price@example.com", null);

        open(olivia, "cases/" + first);
        String shown = other();
        assertThat(shown).contains(byPhone, "the same phone number").doesNotContain(otherService, first);

        // Waste's officer does not learn of the customer's housing cases.
        open(wendy, "cases/" + otherService);
        assertThat(other()).contains("None found").doesNotContain(first, byPhone);
    }

    @Test
    void loggingASecondOpenCaseWithTheSameServiceWarnsOnceThenLogs() {
        String open = contact("housing", "Nia Lloyd", "nia.lloyd@example.com", null);
        long before = cases.count();
        open(fran, "cases/new");
        chooseService("housing");
        fillInCustomer("Nia Lloyd", "nia.lloyd@example.com", "The repair has still not been done.");
        _click(_get(Button.class, spec -> spec.withId("log-it")));

        assertThat(_get(Div.class, spec -> spec.withId("same-customer"))
                        .getElement()
                        .getTextRecursively())
                .contains("may already have an open case with this service", open, "the same email address");
        assertThat(cases.count()).isEqualTo(before);

        _click(_get(Button.class, spec -> spec.withId("log-it")));
        _assertOne(CaseView.class);
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void theContactIsAddedToTheOpenCaseAsAFurtherContactInsteadOfASecondComplaint() {
        String open = contact("housing", "Rhys Bevan", "rhys.bevan@example.com", null);
        LocalDate due = deadlineRepository
                .findByCaseFileIdOrderByIdAsc(reload(open).getId())
                .get(0)
                .getDueOn();
        long before = cases.count();
        open(fran, "cases/new");
        chooseService("housing");
        fillInCustomer(
                "Rhys Bevan", "rhys.bevan@example.com", "He rang again: water is now coming through the ceiling.");
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        _click(_get(Button.class, spec -> spec.withId("add-to-" + open)));

        _assertOne(CaseView.class);
        assertThat(cases.count()).as("no second case").isEqualTo(before);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("further-contacts"))
                        .getElement()
                        .getTextRecursively())
                .contains("logged by Fran Hughes", "water is now coming through the ceiling");
        assertThat(String.join("\n", timelineText(open)))
                .contains("Further contact (phone), logged by Fran Hughes: He rang again");
        assertThat(deadlineRepository
                        .findByCaseFileIdOrderByIdAsc(reload(open).getId())
                        .get(0)
                        .getDueOn())
                .as("the deadline stays")
                .isEqualTo(due);

        open(olivia, "cases/" + open);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("further-contacts"))
                        .getElement()
                        .getTextRecursively())
                .contains("water is now coming through the ceiling");
        NewCase again = new NewCase(
                CaseKind.COMPLAINT,
                Channel.PHONE,
                "housing",
                new NewCase.CustomerDetails(
                        "Rhys Bevan", "rhys.bevan@example.com", null, null, PreferredContact.EMAIL, null),
                "And again.",
                null,
                null,
                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null));
        assertThatThrownBy(() -> furtherContacts.addTo(open, again, wendy))
                .as("an officer of another service")
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("You can log contacts only for the services you work in");
    }

    @Test
    void noWarningForADifferentServiceOrAClosedCase() {
        contact("waste", "Owain Hughes", "owain.hughes@example.com", null);
        open(fran, "cases/new");
        chooseService("housing");
        fillInCustomer("Owain Hughes", "owain.hughes@example.com", "Damp in the kitchen.");
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        _assertOne(CaseView.class);
        assertThat(_find(Div.class, spec -> spec.withId("same-customer"))).isEmpty();
    }

    private static String other() {
        return _get(Div.class, spec -> spec.withId("other-cases")).getElement().getTextRecursively();
    }

    private String contact(String service, String name, String email, String phone) {
        return intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.PHONE,
                                service,
                                new NewCase.CustomerDetails(name, email, phone, null, PreferredContact.EMAIL, null),
                                "The repair was not done.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran))
                .getReference();
    }
}
