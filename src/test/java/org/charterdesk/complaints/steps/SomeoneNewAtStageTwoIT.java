package org.charterdesk.complaints.steps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CharterIncompleteException;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.work.StepRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Stage 2 is handled by someone other than the stage 1 responder" is a charter standard for each profile: on in the
 * sample charter under both, required under the complaint handling code. Where it is on, the stage 1 responder is
 * neither offered the stage 2 steps in a list nor in a manager's reassign dialog, and the server refuses them; where
 * the charter turns it off, they may, and the step page warns them. A case keeps the rule it was received under.
 */
class SomeoneNewAtStageTwoIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    InvestigationSteps investigation;

    @Autowired
    TaskActions actions;

    @Autowired
    TaskLists lists;

    @Autowired
    Charter charter;

    @BeforeEach
    void monday() {
        at(LocalDate.of(2026, 11, 2));
    }

    @Test
    void underTheScottishProcedureTheStageOneResponderIsNotOfferedStageTwo() {
        String ref = atStageTwo("housing");
        assertThat(reload(ref).getTimescales().differentHandlerAtStage2()).isTrue();
        String acknowledge = taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2);

        assertThat(team(olivia)).doesNotContain(acknowledge);
        assertThat(team(harry)).contains(acknowledge);
        assertThat(actions.whoCouldTake(acknowledge, max))
                .extracting(StaffMember::username)
                .contains("harry")
                .doesNotContain("olivia");
        assertThatThrownBy(() -> actions.claim(acknowledge, olivia))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage("The charter promises that someone other than the stage 1 responder (Olivia Grant) deals"
                        + " with stage 2");
        assertThatThrownBy(() -> actions.reassign(acknowledge, "olivia", max)).isInstanceOf(StepRefusedException.class);

        investigation.acknowledge(acknowledge, new PointsInput(List.of("The repair was late"), null), harry);
        String investigate = taskId(ref, ComplaintStep.INVESTIGATE);
        assertThat(team(olivia)).doesNotContain(investigate);
        assertThatThrownBy(() -> actions.claim(investigate, olivia)).isInstanceOf(StepRefusedException.class);
    }

    @Test
    void whereTheCharterTurnsItOffTheResponderMayDoStageTwoAndIsWarned() {
        String earlier = atStageTwo("housing");
        turnSomeoneNew("spso", false);
        try {
            assertThat(charter.published().services())
                    .filteredOn(s -> s.service().code().equals("housing"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.timescales().differentHandlerAtStage2())
                            .isFalse());
            String ref = atStageTwo("housing");
            assertThat(reload(ref).getTimescales().differentHandlerAtStage2()).isFalse();
            String acknowledge = taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2);
            assertThat(team(olivia)).contains(acknowledge);

            open(olivia, "steps/" + acknowledge);
            assertThat(_get(Paragraph.class, spec -> spec.withId("same-handler-warning"))
                            .getText())
                    .startsWith("You gave the stage 1 response on this complaint.");
            open(harry, "steps/" + acknowledge);
            assertThat(_find(Paragraph.class, spec -> spec.withId("same-handler-warning")))
                    .isEmpty();
            actions.claim(acknowledge, olivia);

            assertThatThrownBy(() -> actions.claim(taskId(earlier, ComplaintStep.ACKNOWLEDGE_STAGE_2), olivia))
                    .as("a case received while the rule was on keeps it")
                    .isInstanceOf(StepRefusedException.class);
        } finally {
            turnSomeoneNew("spso", true);
        }
    }

    @Test
    void theComplaintHandlingCodeDoesNotLetTheCharterTurnItOff() {
        turnSomeoneNew("complaint-handling-code", false);
        try {
            assertThatThrownBy(() -> charter.timescalesFor(charter.service(CODE_SERVICE)))
                    .isInstanceOf(CharterIncompleteException.class)
                    .hasMessageContaining(
                            "requires stage 2 to be handled by someone other than the stage 1" + " responder");
        } finally {
            turnSomeoneNew("complaint-handling-code", true);
        }
        assertThat(charter.timescalesFor(charter.service(CODE_SERVICE)).differentHandlerAtStage2())
                .isTrue();
    }

    private String atStageTwo(String service) {
        String ref = phoneComplaint(service, null).getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We checked and the repair was booked.", null, null, null),
                olivia);
        escalations.request(ref, new EscalationRequest(null, "It was booked but never done."), Optional.of(fran));
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        return ref;
    }

    private List<String> team(StaffMember member) {
        return lists.page(member, TaskListKind.TEAM, TaskListFilter.none(), 0, 500).stream()
                .map(TaskRow::taskId)
                .toList();
    }

    private void turnSomeoneNew(String profile, boolean on) {
        assertThat(jdbc.update(
                        "update charter_standard set amount = ? where procedure_step = ? and procedure_profile = ?",
                        on ? 1 : 0,
                        ProcedureStep.STAGE_2_DIFFERENT_HANDLER.name(),
                        profile))
                .isEqualTo(1);
    }
}
