package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.restrictions.ContactRestrictions;
import org.charterdesk.complaints.restrictions.RestrictionInput;
import org.charterdesk.complaints.restrictions.RestrictionKind;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager restricts a customer's contact from a case page, reading the letter before it goes; an officer then
 * sees the banner without the behaviour, and so does whoever logs a new contact from that customer.
 */
class RestrictionScreensIT extends ViewTestBase {

    @Autowired
    ContactRestrictions restrictions;

    @Autowired
    FrontlineSteps frontline;

    /** The customer this test restricts: an email and phone of this test run only (a rerun gets new ones), as no other test's customer has. */
    private final long run = System.nanoTime() % 1_000_000;

    private final NewCase.CustomerDetails UNA = new NewCase.CustomerDetails(
            "Una Screen", "una.screen." + run + "@example.com", "0771 " + run, null, PreferredContact.EMAIL, null);

    @Test
    void aManagerRestrictsAndEveryoneSeesTheBanner() {
        String ref = unasPhoneComplaint();
        open(olivia, "cases/" + ref);
        assertThat(_find(Details.class, spec -> spec.withId("restriction-form")))
                .isEmpty();

        open(max, "cases/" + ref);
        @SuppressWarnings("unchecked")
        Select<String> behaviour = _get(Select.class, spec -> spec.withId("restriction-behaviour-category"));
        behaviour.setValue("Aggressive or abusive behaviour");
        _setValue(_get(TextArea.class, spec -> spec.withId("restriction-details")), "Swore at staff on the phone.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<RestrictionKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("restriction-kinds"));
        kinds.setValue(Set.of(RestrictionKind.WRITTEN_ONLY));
        _click(_get(Button.class, spec -> spec.withId("restrict-contact")));
        assertThat(confirmLetter())
                .contains("How you can contact us from now on")
                .contains("because of aggressive or abusive behaviour")
                .contains("You may contact us only in writing (letter or email)");
        assertThat(text("restriction-banner")).contains("Swore at staff");

        open(olivia, "cases/" + ref);
        assertThat(text("restriction-banner"))
                .contains("This customer's contact is restricted")
                .contains("You may contact us only in writing")
                .doesNotContain("Swore at staff");

        // Whoever logs a new contact from her sees it first; "Log it" again logs it.
        open(fran, "cases/new");
        chooseService("housing");
        fillInCustomer("Una Screen", UNA.email(), "Another thing went wrong.");
        long before = cases.count();
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(text("same-customer"))
                .contains("This customer's contact is restricted")
                .doesNotContain("Swore");
        assertThat(cases.count()).isEqualTo(before);
        // Then the usual warning that she has an open case with the service, then it is logged.
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(text("same-customer")).contains("may already have an open case");
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(cases.count()).isEqualTo(before + 1);

        open(max, "restrictions");
        assertThat(_get(Grid.class, spec -> spec.withId("restrictions"))
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    /**
     * A new complaint on the public form about a decided matter is kept on that complaint, and the page does not
     * tell whoever typed the customer's email address the complaint's reference.
     */
    @Test
    void thePublicFormKeepsANewComplaintAboutADecidedMatterWithoutShowingItsReference() {
        String decided = unasPhoneComplaint();
        frontline.respond(
                taskId(decided, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null),
                olivia);
        restrictions.impose(
                decided,
                new RestrictionInput(
                        "Unreasonable persistence",
                        "The same complaint every day.",
                        Set.of(RestrictionKind.NO_NEW_COMPLAINT),
                        null,
                        null,
                        decided,
                        LocalDate.now(),
                        LocalDate.now().plusMonths(3)),
                max);

        open(null, "complain");
        chooseService("housing");
        fillInCustomer("Una Screen", UNA.email(), "The same repair, again.");
        _click(_get(Button.class, spec -> spec.withId("continue")));
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(_get(H1.class, spec -> spec.withId("received-reference")).getText())
                .isEqualTo("Thank you. We have your message")
                .doesNotContain(decided);
        assertThat(text("what-happens-next")).contains("added what you told us to your complaint");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** Una's complaint about a repair, logged by phone by customer services. */
    private String unasPhoneComplaint() {
        return intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.PHONE,
                                "housing",
                                UNA,
                                "The repair was not done.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran))
                .getReference();
    }
}
