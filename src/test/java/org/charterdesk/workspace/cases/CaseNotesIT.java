package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.CaseNotes;
import org.charterdesk.complaints.CaseTracking;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.NoteInput;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Internal notes: on the case page and its timeline, for the case's staff only, and never to the customer. */
class CaseNotesIT extends ViewTestBase {

    private static final String NOTE = "Rang the contractor: they lost the job sheet. Visit booked for Friday.";

    @Autowired
    CaseNotes notes;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    CaseTracking tracking;

    @Test
    void anOfficerAddsANoteThatShowsOnTheCasePageAndItsTimelineButNeverReachesTheCustomer() {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "cases/" + ref);
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        assertThat(_get(Div.class, spec -> spec.withId("note-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Write the note");

        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), NOTE);
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("case-notes"))
                        .getElement()
                        .getTextRecursively())
                .contains("Olivia Grant", NOTE);
        assertThat(timelineText(ref)).contains("Olivia Grant added a note: " + NOTE);

        open(harry, "cases/" + ref);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("case-notes"))
                        .getElement()
                        .getTextRecursively())
                .contains(NOTE);

        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.UPHELD, "We missed the visit.", "We are sorry.", "We will come Friday.", "-"),
                olivia);
        assertThat(notificationsOf(ref)).isNotEmpty().allSatisfy(n -> {
            assertThat(String.valueOf(n.getBodyText())).doesNotContain("job sheet");
            assertThat(String.valueOf(n.getBodyHtml())).doesNotContain("job sheet");
        });
        assertThat(tracking.find(ref, "pat.jones@example.com", "notes-test").toString())
                .contains("We missed the visit.")
                .doesNotContain("job sheet");
    }

    @Test
    void staffOfAnotherServiceCannotAddOrReadNotes() {
        String ref = phoneComplaint("housing", null).getReference();
        assertThatThrownBy(() -> notes.add(ref, new NoteInput("Not my case"), wendy))
                .isInstanceOf(CaseAccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_note n join case_file c on c.id = n.case_id where c.reference = ?",
                        Integer.class,
                        ref))
                .isZero();
    }
}
