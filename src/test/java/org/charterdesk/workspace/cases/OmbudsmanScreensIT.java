package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.ombudsman.OmbudsmanDecision;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page's "Ombudsman" section as staff use it: recording that the ombudsman has taken a closed complaint
 * up, a request with its deadline, the submission and its sign-off by a manager, the decision with a
 * recommendation, and the customer seeing on /track that the ombudsman is looking at it.
 */
class OmbudsmanScreensIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Test
    void staffTakeAComplaintThroughTheOmbudsmanOnItsPage() {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "cases/" + ref);
        assertThat(_find(Details.class, spec -> spec.withId("ombudsman-taken-up")))
                .isEmpty();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null),
                olivia);

        open(olivia, "cases/" + ref);
        _click(_get(Button.class, spec -> spec.withId("record-ombudsman")));
        assertThat(text("ombudsman-errors")).contains("Give the ombudsman's reference");
        _setValue(_get(TextField.class, spec -> spec.withId("ombudsman-reference")), "SPSO-2026-0077");
        _click(_get(Button.class, spec -> spec.withId("record-ombudsman")));
        assertThat(text("ombudsman-summary"))
                .contains("Scottish Public Services Ombudsman, their reference SPSO-2026-0077");

        _setValue(_get(TextArea.class, spec -> spec.withId("ombudsman-request-what")), "The complaint file");
        _click(_get(Button.class, spec -> spec.withId("record-ombudsman-request")));
        assertThat(text("ombudsman-step-AnswerOmbudsmanRequest"))
                .contains("The complaint file")
                .contains("Due ");
        _setValue(_get(TextArea.class, spec -> spec.withId("ombudsman-answer")), "Sent the file.");
        _click(_get(Button.class, spec -> spec.withId("ombudsman-answer-done")));
        assertThat(text("ombudsman-summary")).contains("Answered on");

        _setValue(_get(TextArea.class, spec -> spec.withId("ombudsman-submission")), "We followed our policy.");
        _click(_get(Button.class, spec -> spec.withId("ombudsman-submission-done")));
        assertThat(text("ombudsman-step-SignOffSubmission")).contains("For the service's team.");

        open(max, "cases/" + ref);
        _click(_get(Button.class, spec -> spec.withId("ombudsman-sign-off")));
        assertThat(text("ombudsman-step-RecordOmbudsmanDecision")).contains("For the service's team.");

        open(olivia, "cases/" + ref);
        @SuppressWarnings("unchecked")
        Select<OmbudsmanDecision> decision = _get(Select.class, spec -> spec.withId("ombudsman-decision"));
        decision.setValue(OmbudsmanDecision.UPHELD);
        _click(_get(Button.class, spec -> spec.withId("ombudsman-add-recommendation")));
        _setValue(_get(TextArea.class, spec -> spec.withId("ombudsman-recommendation-1")), "Apologise in writing");
        @SuppressWarnings("unchecked")
        Select<String> owner = _get(Select.class, spec -> spec.withId("ombudsman-owner-1"));
        owner.setValue("olivia");
        _get(DatePicker.class, spec -> spec.withId("ombudsman-due-1"))
                .setValue(LocalDate.now().plusDays(20));
        _click(_get(Button.class, spec -> spec.withId("ombudsman-record-decision")));
        assertThat(text("ombudsman-summary"))
                .contains("signed off by Max Fraser")
                .contains(": Upheld")
                .contains("Recommendation: Apologise in writing. Owner Olivia Grant");
        assertThat(_find(TextArea.class, spec -> spec.withId("ombudsman-evidence")))
                .hasSize(1);
        open(harry, "cases/" + ref);
        assertThat(text("ombudsman-step-DoRecommendation")).contains("Olivia Grant holds this step.");

        // The manager's report lists the outstanding recommendation, a row with no counterpart the quarter before.
        open(max, "reports");
        @SuppressWarnings("unchecked")
        Grid<Object> figures = _get(Grid.class, spec -> spec.withId("report-figures"));
        assertThat(GridKt._size(figures)).isPositive();
        assertThat(GridKt._findAll(figures).stream().map(Object::toString))
                .anyMatch(row -> row.contains("Outstanding ombudsman recommendations") && row.contains(ref));

        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), ref);
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "pat.jones@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("with-the-ombudsman"))
                        .getText())
                .startsWith("The Scottish Public Services Ombudsman is looking at your complaint.");
        assertThat(text("tracked-case")).doesNotContain("Apologise in writing");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
