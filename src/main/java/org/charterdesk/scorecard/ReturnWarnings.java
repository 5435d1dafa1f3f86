package org.charterdesk.scorecard;

import org.charterdesk.calendar.DueDates;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.Charter;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffGroups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reminders a service gets while its figures are awaited: due soon (to its staff), overdue (to its managers). */
@Component
class ReturnWarnings {

    private final Outbox outbox;
    private final Charter charter;
    private final MailProperties mail;
    private final DueDates dueDates;

    ReturnWarnings(Outbox outbox, Charter charter, MailProperties mail, DueDates dueDates) {
        this.dueDates = dueDates;
        this.outbox = outbox;
        this.charter = charter;
        this.mail = mail;
    }

    @Transactional
    public void dueSoon(ScorecardReturn r) {
        boolean waiting = r.getStatus() == ReturnStatus.AWAITED || r.getStatus() == ReturnStatus.SENT_BACK;
        if (waiting && !dueDates.today().isAfter(r.getDueOn())) {
            String summary = charter.serviceName(r.getServiceCode()) + "'s scorecard figures are due by "
                    + PlainDates.format(r.getDueOn());
            send(r, NotificationType.FIGURES_DUE_SOON, StaffGroups.officers(r.getServiceCode()), summary);
            send(r, NotificationType.FIGURES_DUE_SOON, StaffGroups.managers(r.getServiceCode()), summary);
        }
    }

    @Transactional
    public void overdue(ScorecardReturn r) {
        String summary = charter.serviceName(r.getServiceCode()) + "'s scorecard figures were due by "
                + PlainDates.format(r.getDueOn()) + " and are late";
        send(r, NotificationType.FIGURES_OVERDUE, StaffGroups.managers(r.getServiceCode()), summary);
    }

    private void send(ScorecardReturn r, NotificationType type, String group, String summary) {
        MailContent email = MailContent.to("Hello,", summary)
                .say("Please enter this period's figures for the charter scorecard and send them for approval.")
                .fact("Service", charter.serviceName(r.getServiceCode()))
                .fact("Period ending", PlainDates.format(r.getPeriodEnd()))
                .fact("Due by", PlainDates.format(r.getDueOn()))
                .link("Open the figures", mail.link("/scorecard/returns/" + r.getId()))
                .build();
        outbox.toStaffGroup(null, type, group, null, summary, email);
    }
}
