package org.charterdesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.notifications.StaffInbox;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskActions;
import org.charterdesk.testsupport.TestMailServer;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the workspace's header: fed by the same events as staff email, and pushed to the screen live. */
class NotificationBellIT extends ViewTestBase {

    @Autowired
    TaskActions taskActions;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    OutboxSender sender;

    @Autowired
    StaffInbox inbox;

    @Test
    void aStepGivenToAnOfficerRingsTheirBellLiveAndEmailsThem() {
        StaffMember nia = staff("nia", "Nia", "Bell", "housing-officers");
        String ref = complaint();
        open(nia, "tasks");
        assertThat(badge()).isEmpty();
        assertThat(bellButton().getAriaLabel()).contains("Notifications: none unread");

        taskActions.reassign(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), "nia", max);
        MockVaadin.runUIQueue();

        // Pushed to the open screen without a reload.
        assertThat(badge()).singleElement().extracting(Span::getText).isEqualTo("1");
        assertThat(bellButton().getAriaLabel()).contains("Notifications: 1 unread");
        Anchor line = _get(Anchor.class, spec -> spec.withText("Max Fraser gave you 'Respond at frontline' on " + ref));
        assertThat(line.getHref()).isEqualTo("/cases/" + ref);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bell-line")))
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getElement().getTextRecursively()).startsWith("New"));

        // The same event sends the email.
        sender.sendDue();
        List<MimeMessage> mail = TestMailServer.to("nia@example.gov.uk");
        assertThat(mail)
                .extracting(TestMailServer::subject)
                .contains("Max Fraser gave you 'Respond at frontline' on " + ref);
        assertThat(notificationsOf(ref))
                .filteredOn(n -> n.getType() == NotificationType.STEP_ASSIGNED)
                .singleElement()
                .satisfies(n -> assertThat(n.getRecipient()).isEqualTo("nia"));

        _click(_get(Button.class, spec -> spec.withId("bell-read-all")));
        assertThat(badge()).isEmpty();
        assertThat(bellButton().getAriaLabel()).contains("Notifications: none unread");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bell-line")))
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getElement().getTextRecursively()).doesNotStartWith("New"));
    }

    @Test
    void aManagersDecisionOnMoreTimeRingsTheBellOfTheOfficerWhoAskedAndNobodyElse() {
        StaffMember owen = staff("owen", "Owen", "Bell", "housing-officers");
        String ref = complaint();
        frontline.requestExtension(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), new ExtensionInput(5, "Waiting for a survey"), owen);
        decisions.decideExtension(
                taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION),
                ManagerDecision.declined("The survey can follow the answer"),
                max);

        open(owen, "tasks");
        assertThat(badge()).singleElement().extracting(Span::getText).isEqualTo("1");
        assertThat(_get(
                                Anchor.class,
                                spec -> spec.withText(
                                        "Max Fraser declined your request for 5 more working days on " + ref))
                        .getHref())
                .isEqualTo("/cases/" + ref);
        sender.sendDue();
        assertThat(TestMailServer.text(TestMailServer.to("owen@example.gov.uk").get(0)))
                .contains("Their reason: The survey can follow the answer");

        // The manager decided it: nothing about it rings the manager's own bell.
        open(max, "tasks");
        assertThat(_find(
                        Anchor.class,
                        spec -> spec.withText("Max Fraser declined your request for 5 more working days on " + ref)))
                .isEmpty();
    }

    @Test
    void anotherMembersLineCannotBeMarkedRead() {
        StaffMember pat = staff("pat", "Pat", "Bell", "housing-officers");
        String ref = complaint();
        taskActions.reassign(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), "pat", max);
        Long line = jdbc.queryForObject("select max(id) from staff_inbox_item where username = 'pat'", Long.class);
        inbox.read(line, "olivia");
        open(pat, "tasks");
        assertThat(badge()).singleElement().extracting(Span::getText).isEqualTo("1");
    }

    private String complaint() {
        return phoneComplaint("housing", null).getReference();
    }

    /** The unread count beside the bell, shown only when something is unread. */
    private static List<Span> badge() {
        return _find(Span.class, spec -> spec.withId("bell-count"));
    }

    private static Button bellButton() {
        return _get(Button.class, spec -> spec.withId("bell-button"));
    }
}
