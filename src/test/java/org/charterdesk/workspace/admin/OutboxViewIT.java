package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrators' outbox page, and the case page's task to phone a customer who asked not to be emailed. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxViewIT extends ViewTestBase {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transaction;

    @SuppressWarnings("unchecked")
    private static Grid<Notification> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox-grid"));
    }

    @Test
    void anAdministratorSeesAFailedNotificationWithItsReasonAndRetriesIt(CapturedOutput log) {
        Notification toNobody = transaction.execute(status -> outbox.toStaffMember(
                null,
                NotificationType.STEP_AT_RISK,
                "nobody-here",
                null,
                "A warning for someone who is not there",
                MailContent.to("Hello,", "A warning for someone who is not there")
                        .say("Hello")
                        .build()));
        sender.sendDue();
        assertThat(notifications.findById(toNobody.getId()).orElseThrow().getStatus())
                .isEqualTo(NotificationStatus.FAILED);
        // Not retried by itself: the log must not say it will be, nor give an error of "null".
        assertThat(log.getOut())
                .contains("1 notifications have no email address to go to")
                .doesNotContain("tried again later");

        open(admin, "outbox");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-state")).getText())
                .startsWith("A mail server is configured");
        @SuppressWarnings("unchecked")
        Select<NotificationStatus> status = _get(Select.class, spec -> spec.withId("outbox-status"));
        _setValue(status, NotificationStatus.FAILED);
        _setValue(_get(TextField.class, spec -> spec.withId("outbox-search")), "nobody-here");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .anyMatch(cell ->
                        cell.contains("Failed after 1 tries: There is no email address for staff member nobody-here"));

        _click((Button) GridKt._getCellComponent(grid(), 0, "retry"));
        assertThat(notifications.findById(toNobody.getId()).orElseThrow().getStatus())
                .isEqualTo(NotificationStatus.PENDING);
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void onlyAdministratorsOpenTheOutbox() {
        for (var member : java.util.List.of(olivia, max, fran)) {
            assertRefused(member, "outbox", OutboxView.class);
        }
    }

    @Test
    void theCasePageShowsTheTaskToPhoneTheCustomerAndRecordsItDone() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        "housing",
                        new NewCase.CustomerDetails(
                                "Phil Phone", null, "01234 000000", null, PreferredContact.PHONE, null),
                        "Nobody came.",
                        null,
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
        Long id = notificationsOf(c.getReference()).get(0).getId();
        open(olivia, "cases/" + c.getReference());
        @SuppressWarnings("unchecked")
        Grid<Object> letters = _get(Grid.class, spec -> spec.withId("case-correspondence"));
        assertThat(GridKt._getFormattedRow(letters, 0))
                .contains("The customer (by phone)", "To phone: the customer asked not to be emailed");
        Button done = (Button) GridKt._getCellComponent(letters, 0, "contact");
        assertThat(done.getId()).contains("contacted-" + id);
        _click(done);
        assertThat(notifications.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationStatus.CONTACTED);
        @SuppressWarnings("unchecked")
        Grid<Object> after = _get(Grid.class, spec -> spec.withId("case-correspondence"));
        assertThat(GridKt._getFormattedRow(after, 0)).anyMatch(cell -> cell.startsWith("Done by Olivia Grant"));
    }
}
