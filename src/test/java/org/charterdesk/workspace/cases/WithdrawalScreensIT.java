package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;

/** Withdrawing a complaint: by the customer on /track (in either language), or recorded by staff on the case. */
class WithdrawalScreensIT extends ViewTestBase {

    @Test
    void theCustomerWithdrawsTheirComplaintOnTheTrackingPage() {
        String ref = phoneComplaint("housing", null).getReference();
        openIn(Language.WELSH, null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), ref);
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "pat.jones@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Details.class, spec -> spec.withId("withdraw-section")).getSummaryText())
                .isEqualTo("Tynnu fy nghwyn yn ôl");
        _setValue(_get(TextArea.class, spec -> spec.withId("withdraw-reason")), "Mae wedi'i drwsio.");
        _click(_get(Button.class, spec -> spec.withId("withdraw")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("withdrawn")).getText())
                .startsWith("Mae eich cwyn wedi'i thynnu'n ôl");
        assertThat(_get(Div.class, spec -> spec.withId("tracked-case"))
                        .getElement()
                        .getTextRecursively())
                .contains("Wedi'i thynnu'n ôl");
        assertThat(_find(Details.class, spec -> spec.withId("withdraw-section")))
                .isEmpty();
        assertThat(reload(ref).getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void staffRecordAWithdrawalTakenByPhoneWithItsReason() {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "cases/" + ref);
        _click(_get(Button.class, spec -> spec.withId("record-withdrawal")));
        assertThat(_get(Div.class, spec -> spec.withId("withdrawal-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Say why the customer is withdrawing it");

        _setValue(_get(TextArea.class, spec -> spec.withId("withdrawal-reason")), "Rang to say it is sorted.");
        _click(_get(Button.class, spec -> spec.withId("record-withdrawal")));
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Withdrawn");
        assertThat(_find(Details.class, spec -> spec.withId("withdrawal"))).isEmpty();
        assertThat(timelineText(ref)).anyMatch(t -> t.endsWith("Rang to say it is sorted."));
    }
}
