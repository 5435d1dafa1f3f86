package org.charterdesk.workspace.publicsite;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.RouterLink;
import elemental.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;

/** The council's public pages, with nobody signed in: the complaint form, the charter, and checking on a case. */
class PublicPagesIT extends ViewTestBase {

    /** Opens the form and fills in a complaint about a missed bin, from {@code name}, to be answered by email. */
    private void fillInABinComplaint(String name) {
        open(null, "complain");
        chooseService("waste");
        fillInCustomer(name, "jo@example.com", "My bin was not emptied.");
    }

    /** Continues to "Check your answers", then sends. */
    private static void continueAndSend() {
        _click(_get(Button.class, spec -> spec.withId("continue")));
        _click(_get(Button.class, spec -> spec.withId("send")));
    }

    private static String errors() {
        return _get(Div.class, spec -> spec.withId("form-errors")).getElement().getTextRecursively();
    }

    @Test
    void theComplaintFormNamesEveryMistakeAtTheTopAndBesideTheField() {
        open(null, "complain");
        _click(_get(Button.class, spec -> spec.withId("continue")));
        assertThat(errors())
                .contains(
                        "Please correct the following:",
                        "Choose the service your complaint is about",
                        "Give your name",
                        "Tell us what happened",
                        "Give an email address, as you would like us to contact you");
        assertThat(_get(TextField.class, spec -> spec.withId("customer-name")).getErrorMessage())
                .isEqualTo("Give your name");
        assertThat(_get(TextArea.class, spec -> spec.withId("what-happened")).isInvalid())
                .isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("what-happened")).isRequiredIndicatorVisible())
                .isTrue();
        assertThat(cases.count()).isEqualTo(cases.count());
    }

    @Test
    void theErrorSummaryFollowsTheFormLinksToEachFieldAndMarksTheTitle() {
        open(null, "complain");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Make a complaint, compliment or comment - Anytown Council");
        assertThat(_get(EmailField.class, spec -> spec.withId("customer-email")).isRequiredIndicatorVisible())
                .isTrue();
        for (int attempt = 0; attempt < 3; attempt++) {
            _click(_get(Button.class, spec -> spec.withId("continue")));
            List<Anchor> links = _find(Anchor.class).stream()
                    .filter(a -> a.getParent().orElseThrow() instanceof ListItem)
                    .toList();
            assertThat(links)
                    .extracting(Anchor::getText)
                    .containsExactly(
                            "Choose the service your complaint is about",
                            "Give your name",
                            "Give an email address, as you would like us to contact you by email",
                            "Tell us what happened");
            assertThat(links)
                    .extracting(Anchor::getHref)
                    .containsExactly("#service", "#customer-name", "#customer-email", "#what-happened");
            assertThat(UI.getCurrent().getInternals().getTitle())
                    .isEqualTo("Error: Make a complaint, compliment or comment - Anytown Council");
        }
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PreferredContact> contact =
                _get(RadioButtonGroup.class, spec -> spec.withId("customer-contact"));
        _setValue(contact, PreferredContact.PHONE);
        assertThat(_get(EmailField.class, spec -> spec.withId("customer-email")).isRequiredIndicatorVisible())
                .isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("customer-phone")).isRequiredIndicatorVisible())
                .isTrue();
    }

    @Test
    void theAccessibilityStatementIsLinkedFromEveryPublicPage() {
        for (String page : List.of("complain", "track", "charter")) {
            open(null, page);
            RouterLink link = _get(RouterLink.class, spec -> spec.withId("accessibility-link"));
            assertThat(link.getHref()).isEqualTo("accessibility");
        }
        open(null, "accessibility");
        assertThat(_get(H1.class, spec -> spec.withId("accessibility-statement"))
                        .getText())
                .isEqualTo("Accessibility statement");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accessibility statement - Anytown Council");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("partially compliant", "0300 123 4567", "Equality Advisory and Support Service");
    }

    @Test
    void anEmptyTrackingFormFlagsBothFields() {
        open(null, "track");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(TextField.class, spec -> spec.withId("reference")).getErrorMessage())
                .isEqualTo("Give your reference");
        assertThat(_get(TextField.class, spec -> spec.withId("proof")).getErrorMessage())
                .isEqualTo("Give your email address, phone number or postcode");
    }

    @Test
    void aCustomerComplainsAndIsGivenTheReferenceAndTheDateToExpectAnAnswer() {
        at(LocalDate.of(2026, 12, 31));
        long before = cases.count();
        fillInABinComplaint("Jo Public");
        continueAndSend();

        assertThat(cases.count()).isEqualTo(before + 1);
        String heading =
                _get(H1.class, spec -> spec.withId("received-reference")).getText();
        assertThat(heading).matches("Thank you\\. Your reference is CMP-2026-\\d{6}");
        String reference = heading.substring(heading.indexOf("CMP-"));
        CaseFile c = reload(reference);
        assertThat(c.getChannel()).isEqualTo(Channel.WEB);
        assertThat(c.getCustomer().getPreferredContact()).isEqualTo(PreferredContact.EMAIL);
        // Received on New Year's Eve in Scotland: 5 working days after 1, 2 and 4 January.
        assertThat(_get(Span.class, spec -> spec.withId("expected-date")).getText())
                .isEqualTo("Monday 11 January 2027");
    }

    @Test
    void theCustomerChecksTheirAnswersChangesOneAndOnlyThenIsItSent() {
        long before = cases.count();
        fillInABinComplaint("Jo Publc");
        _click(_get(Button.class, spec -> spec.withId("continue")));

        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Check your answers before sending - Anytown Council");
        assertThat(answers())
                .contains(
                        "Would you like toMake a complaint",
                        "Which service is it about?Waste and Recycling",
                        "Full nameJo Publc",
                        "Email addressjo@example.com",
                        "Phone numberNot given",
                        "How should we contact you?Email",
                        "What happened?My bin was not emptied.",
                        "What would you like us to do to put things right?Not given");
        assertThat(cases.count()).as("nothing is kept before Send").isEqualTo(before);

        Anchor change = _get(Anchor.class, spec -> spec.withId("change-customer-name"));
        assertThat(change.getElement().getAttribute("aria-label")).isEqualTo("Change full name");
        ElementUtilsKt._fireDomEvent(
                change.getElement(), new DomEvent(change.getElement(), "click", Json.createObject()));
        _assertNone(Div.class, spec -> spec.withId("check-answers"));
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Make a complaint, compliment or comment - Anytown Council");
        TextField name = _get(TextField.class, spec -> spec.withId("customer-name"));
        assertThat(name.getValue()).isEqualTo("Jo Publc");
        _setValue(name, "Jo Public");
        _click(_get(Button.class, spec -> spec.withId("continue")));
        assertThat(answers()).contains("Full nameJo Public", "Which service is it about?Waste and Recycling");

        _click(_get(Button.class, spec -> spec.withId("send")));
        assertThat(cases.count()).isEqualTo(before + 1);
        String heading =
                _get(H1.class, spec -> spec.withId("received-reference")).getText();
        assertThat(reload(heading.substring(heading.indexOf("CMP-")))
                        .getCustomer()
                        .getName())
                .isEqualTo("Jo Public");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Complaint received - Anytown Council");
    }

    /** Each question and its answer, as one string per pair, from the "Check your answers" list. */
    private static List<String> answers() {
        DescriptionList list = _get(DescriptionList.class, spec -> spec.withId("answers"));
        List<String> pairs = new ArrayList<>();
        String question = null;
        for (var child : list.getChildren().toList()) {
            if (child instanceof DescriptionList.Term term) {
                question = term.getText();
            } else if (question != null) {
                pairs.add(question + ((DescriptionList.Description) child).getText());
                question = null;
            }
        }
        return pairs;
    }

    @Test
    void aNulByteInTheFormIsShownBesideTheFieldAndNothingIsStored() {
        long before = cases.count();
        open(null, "complain");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("service"));
        _setValue(service, service.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("customer-name")), "Jo Public");
        _setValue(_get(EmailField.class, spec -> spec.withId("customer-email")), "jo@example.com");
        TextArea what = _get(TextArea.class, spec -> spec.withId("what-happened"));
        _setValue(what, "My bin\u0000 was not emptied.");
        _click(_get(Button.class, spec -> spec.withId("continue")));

        assertThat(cases.count()).isEqualTo(before);
        assertThat(what.isInvalid()).isTrue();
        assertThat(what.getErrorMessage()).contains("a character in it that we cannot accept");
        assertThat(_find(H1.class, spec -> spec.withId("received-reference"))).isEmpty();
    }

    @Test
    void eachKindOfContactIsAskedInItsOwnWords() {
        open(null, "complain");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("kind"));
        TextArea what = _get(TextArea.class, spec -> spec.withId("what-happened"));
        assertThat(what.getLabel()).isEqualTo("What happened?");
        assertThat(what.getHelperText()).startsWith("Tell us what went wrong");
        _assertOne(TextArea.class, spec -> spec.withId("outcome-sought"));

        _setValue(kind, CaseKind.COMPLIMENT);
        assertThat(what.getLabel()).isEqualTo("What would you like to tell us?");
        assertThat(what.getHelperText()).doesNotContain("went wrong");
        _assertNone(TextArea.class, spec -> spec.withId("outcome-sought"));

        _setValue(kind, CaseKind.COMMENT);
        assertThat(what.getLabel()).isEqualTo("What is your comment or suggestion?");
        assertThat(what.getHelperText()).doesNotContain("went wrong");
        _assertNone(TextArea.class, spec -> spec.withId("outcome-sought"));
    }

    @Test
    void aComplimentNeedsNoProcedure() {
        open(null, "complain");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("kind"));
        _setValue(kind, CaseKind.COMPLIMENT);
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("service"));
        _setValue(service, service.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("customer-name")), "Kim Kind");
        _setValue(_get(EmailField.class, spec -> spec.withId("customer-email")), "kim@example.com");
        _setValue(_get(TextArea.class, spec -> spec.withId("what-happened")), "The crew were lovely.");
        continueAndSend();
        String heading =
                _get(H1.class, spec -> spec.withId("received-reference")).getText();
        assertThat(heading).contains("CPL-");
        assertThat(reload(heading.substring(heading.indexOf("CPL-"))).getStatus())
                .isEqualTo(CaseStatus.RECORDED);
    }

    @Test
    void theCharterShowsCorporateStandardsAndEachServicesComplaintTimescales() {
        open(null, "charter");
        assertThat(_get(Div.class, spec -> spec.withId("corporate-standards"))
                        .getElement()
                        .getTextRecursively())
                .isNotBlank();
        String housing = _get(Div.class, spec -> spec.withId("service-housing"))
                .getElement()
                .getTextRecursively();
        assertThat(housing)
                .contains(
                        "Stage 1: we aim to answer within 5 working days of receiving it",
                        "Stage 2: our final response within 20 working days");
        String england = _get(Div.class, spec -> spec.withId("service-housing-england"))
                .getElement()
                .getTextRecursively();
        assertThat(england)
                .contains(
                        "We acknowledge your complaint within 5 working days",
                        "within 10 working days of acknowledging it");
    }

    @Test
    void trackingShowsNothingUnlessReferenceAndEmailBothMatchAndSlowsDownGuessing() {
        // Wrong guesses are counted per caller for 15 minutes of the application's clock. Guess on a day before any
        // other test's, so that this test's guesses have expired for every test that runs after it.
        at(LocalDate.of(2025, 1, 6));
        CaseFile c = webComplaint("housing", "track.me@example.com");
        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), c.getReference());
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "someone.else@example.com");
        for (int i = 0; i < 5; i++) {
            _click(_get(Button.class, spec -> spec.withId("look-up")));
            assertThat(errors()).contains("There is no case " + c.getReference());
            assertThat(_get(Div.class, spec -> spec.withId("tracked-case"))
                            .getElement()
                            .getTextRecursively())
                    .isEmpty();
        }
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "track.me@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(errors()).contains("too many wrong tries");
        assertThat(_get(Div.class, spec -> spec.withId("tracked-case"))
                        .getElement()
                        .getTextRecursively())
                .isEmpty();
    }

    @Test
    void aCustomerSeesWhereTheirComplaintIsAndWhenTheyWillHear() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = webComplaint("housing", "Where.Is.It@example.com");
        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), " " + c.getReference() + " ");
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "where.is.it@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Div.class, spec -> spec.withId("tracked-case"))
                        .getElement()
                        .getTextRecursively())
                .contains(c.getReference(), "Housing", "Stage 1 response by Monday 9 November 2026")
                .doesNotContain("Sam Web");
    }
}
