package org.charterdesk.workspace.steps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whoever works a complaint at stage 2 sees, on the step's page, what happened at stage 1 and why it came back. */
class StageTwoStepIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    InvestigationSteps investigation;

    @Test
    void stage2StepsShowTheCustomersReasonsTheStage1DecisionThePointsAndTheLetters() {
        at(LocalDate.of(2026, 11, 2));
        String ref = phoneComplaint("housing", null).getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(
                        Outcome.NOT_UPHELD,
                        "The damp comes from drying clothes indoors.",
                        null,
                        null,
                        "Say so sooner."),
                olivia);
        escalations.request(
                ref,
                new EscalationRequest("pat.jones@example.com", "Nobody came to look at the damp in the bedroom."),
                Optional.empty());
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);

        open(harry, "steps/" + taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2));
        assertThat(text("stage-two-reasons")).isEqualTo("Nobody came to look at the damp in the bedroom.");
        assertThat(text("stage-one-decision"))
                .contains("Outcome", "Not upheld", "Decided by", "Olivia Grant")
                .contains("The damp comes from drying clothes indoors.", "Say so sooner.");
        Div letters = _get(Div.class, spec -> spec.withId("earlier-letters"));
        assertThat(letters.getChildren().filter(Details.class::isInstance).map(d -> ((Details) d).getSummaryText()))
                .anySatisfy(summary -> assertThat(summary).contains("Our answer to your complaint " + ref))
                .anySatisfy(summary -> assertThat(summary).contains("is going to stage 2"));

        investigation.acknowledge(
                taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("Whether anyone inspected the bedroom", "Whether the advice was right"), null),
                harry);
        open(harry, "steps/" + taskId(ref, ComplaintStep.INVESTIGATE));
        assertThat(_get(OrderedList.class, spec -> spec.withId("agreed-points"))
                        .getElement()
                        .getTextRecursively())
                .contains("Whether anyone inspected the bedroom", "Whether the advice was right");
        assertThat(text("stage-one-decision")).contains("Olivia Grant");
    }

    @Test
    void stage1StepsShowNoStage2Section() {
        String ref = phoneComplaint("housing", null).getReference();
        open(olivia, "steps/" + taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE));
        assertThat(_find(Div.class, spec -> spec.withId("stage-two-context"))).isEmpty();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
