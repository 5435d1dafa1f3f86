package org.charterdesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.tasklist.TaskRow;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.workspace.approvals.ApprovalsView;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.steps.StepView;
import org.junit.jupiter.api.Test;

/**
 * A complaint carried through the whole procedure on the screens (rendered server-side with Karibu-Testing): logged
 * by customer services, answered at the frontline, taken to stage 2 by the customer, approved, acknowledged,
 * investigated and signed off, with each form refusing bad input first.
 */
class ComplaintScreensIT extends ViewTestBase {

    @Test
    void aComplaintGoesThroughEveryStepOnTheScreens() {
        at(LocalDate.of(2026, 11, 2));
        String reference = logPhoneComplaintAsFran();

        // Olivia answers at the frontline; the form refuses an empty answer, then an upheld one without an apology.
        openStep(olivia, reference, ComplaintStep.RESPOND_AT_FRONTLINE);
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(errors()).contains("Choose the outcome", "Write the response to the customer");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("outcome")).isInvalid())
                .isTrue();
        choose("outcome", Outcome.UPHELD);
        write("response", "We should have repaired the boiler last week.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(errors()).contains("Say sorry");
        assertThat(_get(TextArea.class, spec -> spec.withId("apology")).getErrorMessage())
                .contains("Say sorry");
        write("apology", "We are sorry the repair was missed. We will fix it this week.");
        write("remedy", "An engineer will call on Thursday morning.");
        write("learning", "Check repair bookings daily.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        // Nothing has gone yet: Olivia reads the exact email, then sends it.
        assertThat(reload(reference).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(notificationsOf(reference))
                .noneMatch(n -> String.valueOf(n.getBodyText()).contains("We are sorry the repair"));
        assertThat(confirmLetter())
                .contains("To: Pat Jones by email (pat.jones@example.com)")
                .contains("We are sorry the repair was missed. We will fix it this week.")
                .doesNotContain("Check repair bookings daily.");
        _assertOne(CaseView.class);
        NotificationsKt.expectNotifications(
                "Sent the stage 1 response on " + reference + ". Sent to Pat Jones by email (pat.jones@example.com)");
        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(page()).contains("Stage 1 decision", "Upheld", "We are sorry the repair was missed");

        // The customer asks for stage 2 on the tracking page.
        at(LocalDate.of(2026, 11, 5));
        open(null, "track");
        _setValue(_get(TextField.class, spec -> spec.withId("reference")), reference.toLowerCase());
        _setValue(_get(TextField.class, spec -> spec.withId("proof")), "pat.jones@example.com");
        _click(_get(Button.class, spec -> spec.withId("look-up")));
        assertThat(_get(Div.class, spec -> spec.withId("tracked-case"))
                        .getElement()
                        .getTextRecursively())
                .contains(
                        "Upheld",
                        "We should have repaired the boiler",
                        "We are sorry the repair was missed",
                        "What we will do to put things right:",
                        "An engineer will call on Thursday morning.");
        _click(_get(Button.class, spec -> spec.withId("ask-stage-2")));
        assertThat(_get(Div.class, spec -> spec.withId("stage-2-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Tell us why you are still unhappy");
        _setValue(_get(TextArea.class, spec -> spec.withId("stage-2-reason")), "The boiler is still broken.");
        _click(_get(Button.class, spec -> spec.withId("ask-stage-2")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage-2-asked")).getText())
                .contains("We have your request for stage 2");
        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.ESCALATION_REQUESTED);

        // An officer may look at the manager's decision but is not offered it.
        openStep(olivia, reference, ComplaintStep.DECIDE_ESCALATION);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-yours")).getText())
                .contains("Olivia Grant is not in a team that can do 'Decide on the request for stage 2'");
        _assertNone(Button.class, spec -> spec.withId("approve-" + reference));

        // Max approves it in the approvals inbox, after the form refuses a decline without a reason.
        open(max, "approvals");
        _assertOne(ApprovalsView.class);
        Component card = approval(reference);
        assertThat(card.getElement().getTextRecursively())
                .contains("The customer asks for stage 2", "The boiler is still broken", "Due now:");
        _click(_get(card, Button.class, spec -> spec.withId("decline-" + reference)));
        assertThat(_get(card, Div.class, spec -> spec.withId("decision-errors-" + reference))
                        .getElement()
                        .getTextRecursively())
                .contains("Say why the complaint cannot go to stage 2");
        _click(_get(card, Button.class, spec -> spec.withId("approve-" + reference)));
        assertThat(confirmLetter()).contains("stage 2");
        assertThat(reload(reference).getStage()).isEqualTo(Stage.STAGE_2);

        // Olivia answered stage 1, so the charter has someone else deal with stage 2: she is not offered it.
        openStep(olivia, reference, ComplaintStep.ACKNOWLEDGE_STAGE_2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-yours")).getText())
                .contains("someone other than the stage 1 responder (Olivia Grant)");
        // Harry acknowledges stage 2 with the agreed points, then investigates.
        openStep(harry, reference, ComplaintStep.ACKNOWLEDGE_STAGE_2);
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(errors()).contains("Agree at least one point of complaint");
        write("point-1", "The boiler repair was missed.");
        _click(_get(Button.class, spec -> spec.withId("add-point")));
        write("point-2", "Nobody called back.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(confirmLetter()).contains("The boiler repair was missed.", "Nobody called back.");
        _assertOne(CaseView.class);
        assertThat(page()).contains("1. The boiler repair was missed.", "2. Nobody called back.");

        openStep(harry, reference, ComplaintStep.INVESTIGATE);
        write("finding-1", "The booking was lost.");
        choose("outcome", Outcome.PARTIALLY_UPHELD);
        write("response", "We found the booking was lost; the call-back was made.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(errors()).contains("Record a finding for each point", "Say sorry");
        write("finding-2", "A call-back was made on 3 November.");
        write("apology", "We are sorry the booking was lost.");
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        _assertOne(CaseView.class);

        // Max signs off the final response from its step page; the case is closed with its whole timeline.
        openStep(max, reference, ComplaintStep.SIGN_OFF_FINAL_RESPONSE);
        assertThat(page()).contains("Partially upheld", "We are sorry the booking was lost.");
        _click(_get(Button.class, spec -> spec.withId("approve-" + reference)));
        assertThat(confirmLetter()).contains("We are sorry the booking was lost.");
        _assertOne(CaseView.class);
        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(reload(reference).getClosedAtStage()).isEqualTo(Stage.STAGE_2);
        assertThat(timeline(reference))
                .contains(
                        EventType.RECEIVED,
                        EventType.DECISION_SENT,
                        EventType.APOLOGY_GIVEN,
                        EventType.ESCALATION_REQUESTED,
                        EventType.ESCALATION_APPROVED,
                        EventType.RESPONSE_SIGNED_OFF);
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(timeline))
                .isEqualTo(timeline(reference).size());
        assertThat(_get(H1.class, spec -> spec.withId("case-title")).getText()).isEqualTo("Complaint " + reference);
    }

    @Test
    void anOfficerAsksForMoreTimeWithinTheCharterAndTheManagerSeesTheNewDate() {
        at(LocalDate.of(2026, 11, 2));
        String reference = phoneComplaint("housing", null).getReference();
        openStep(olivia, reference, ComplaintStep.RESPOND_AT_FRONTLINE);
        _setValue(_get(IntegerField.class, spec -> spec.withId("extra-days")), 50);
        _setValue(_get(TextArea.class, spec -> spec.withId("extension-reason")), "Waiting for the contractor.");
        _click(_get(Button.class, spec -> spec.withId("ask-extension")));
        assertThat(_get(Div.class, spec -> spec.withId("extension-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("at most 5 more working days");
        _setValue(_get(IntegerField.class, spec -> spec.withId("extra-days")), 5);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("ask-extension")));
        _assertOne(CaseView.class);
        // The words say what happened: a request, not "Done: Respond at frontline" as if the answer had gone.
        NotificationsKt.expectNotifications("Asked a manager of Housing for 5 more working days on " + reference
                + ". You will hear when they decide.");

        open(max, "approvals");
        Component card = approval(reference);
        assertThat(card.getElement().getTextRecursively())
                .contains(
                        "5 more working days",
                        "Waiting for the contractor",
                        "Due now: Monday 9 November 2026",
                        "If you approve: Monday 16 November 2026");
        _click(_get(card, Button.class, spec -> spec.withId("approve-" + reference)));
        assertThat(confirmLetter()).contains("Monday 16 November 2026");
        assertThat(deadline(reference, org.charterdesk.complaints.deadlines.DeadlineKind.STAGE_1_RESPONSE)
                        .getDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aContactNotYetClassifiedIsTriagedOnItsStepPage() {
        String reference = webComplaint("housing", "sam@example.com").getReference();
        openStep(fran, reference, ComplaintStep.TRIAGE_CONTACT);
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        assertThat(errors()).contains("Say what the contact is");
        @SuppressWarnings("unchecked")
        Select<MatterType> matter = _get(Select.class, spec -> spec.withId("matter-type"));
        _setValue(matter, MatterType.COMPLAINT);
        _click(_get(Button.class, spec -> spec.withId("complete-step")));
        _assertOne(CaseView.class);
        assertThat(reload(reference).getMatterType()).isEqualTo(MatterType.COMPLAINT);
        taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE);
    }

    @Test
    void aStepSomeoneElseHoldsIsShownButNotOffered() {
        String reference = phoneComplaint("housing", null).getReference();
        String task = taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE);
        open(harry, "tasks");
        context.getBean(org.charterdesk.complaints.steps.CaseTasks.class).claim(task, harry);
        open(olivia, "steps/" + task);
        _assertOne(StepView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("held-by-someone-else"))
                        .getText())
                .startsWith("Harry Stone holds this step");
        _assertNone(Button.class, spec -> spec.withId("complete-step"));
    }

    @Test
    void refusalsAndMissingThings() {
        String reference = phoneComplaint("housing", null).getReference();
        String task = taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE);

        open(wendy, "cases/" + reference);
        _assertNone(CaseView.class);
        assertThat(_get(H1.class, spec -> spec.withId("not-allowed")).getText()).isEqualTo("You cannot open this");
        assertThat(page()).doesNotContain("Pat Jones");

        open(wendy, "steps/" + task);
        _assertNone(StepView.class);
        _assertOne(H1.class, spec -> spec.withId("not-allowed"));
        assertThat(page()).doesNotContain("Pat Jones", "The repair was not done");

        open(olivia, "cases/CMP-1999-000001");
        assertThat(_get(H1.class, spec -> spec.withId("not-found")).getText()).isEqualTo("Not found");

        open(olivia, "steps/no-such-step");
        _assertOne(H1.class, spec -> spec.withId("not-found"));

        // Vaadin refuses a view whose role the user lacks before the view is built.
        assertRefused(olivia, "approvals", ApprovalsView.class);
        assertRefused(wendy, "approvals", ApprovalsView.class);
        assertRefused(fran, "approvals", ApprovalsView.class);
    }

    private String logPhoneComplaintAsFran() {
        open(fran, "cases/new");
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        assertThat(errors())
                .contains(
                        "Choose the service the complaint is about",
                        "Give the customer's name",
                        "Say what happened, as the customer told it");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("service"));
        _setValue(
                service,
                service.getListDataView()
                        .getItems()
                        .filter(s -> s.code().equals("housing"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("customer-name")), "Pat Jones");
        _setValue(_get(EmailField.class, spec -> spec.withId("customer-email")), "pat.jones@example.com");
        write("what-happened", "The boiler repair booked for last week did not happen. <b>Please</b> help.");
        write("outcome-sought", "Repair the boiler.");
        @SuppressWarnings("unchecked")
        Select<MatterType> matter = _get(Select.class, spec -> spec.withId("matter-type"));
        _setValue(matter, MatterType.COMPLAINT);
        _click(_get(Button.class, spec -> spec.withId("log-it")));
        // Pat Jones has other open housing complaints in this shared database: log a new one anyway.
        if (!_find(Div.class, spec -> spec.withId("same-customer")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("log-it")));
        }
        _assertOne(CaseView.class);
        String title = _get(H1.class, spec -> spec.withId("case-title")).getText();
        String reference = title.substring(title.indexOf("CMP-"));
        // The customer's words are text, never HTML.
        assertThat(_get(Div.class, spec -> spec.withId("case-words"))
                        .getElement()
                        .getTextRecursively())
                .contains("<b>Please</b> help.");
        assertThat(reload(reference).getLoggedBy()).isEqualTo("fran");
        return reference;
    }

    private void openStep(org.charterdesk.security.StaffMember member, String reference, ComplaintStep step) {
        open(member, "steps/" + taskId(reference, step));
        _assertOne(StepView.class);
    }

    @SuppressWarnings("unchecked")
    private static Component approval(String reference) {
        VirtualList<TaskRow> list = _get(VirtualList.class, spec -> spec.withId("approvals"));
        TaskRow row = VirtualListsKt._findAll(list).stream()
                .filter(r -> r.caseReference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not waiting for approval"));
        Component card =
                ((ComponentRenderer<Component, TaskRow>) VirtualListsKt.get_renderer(list)).createComponent(row);
        UI.getCurrent().add(card);
        return card;
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, T value) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(id)), value);
    }

    private static void write(String id, String text) {
        _setValue(_get(TextArea.class, spec -> spec.withId(id)), text);
    }

    private static String errors() {
        return _find(Div.class, spec -> spec.withId("form-errors")).stream()
                .map(d -> d.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    private static String page() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .reduce("", String::concat);
    }
}
