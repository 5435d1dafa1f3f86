package org.charterdesk.complaints.deadlines;

import java.util.ArrayList;
import java.util.List;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.StaffRecipients;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.TeamNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At-risk warnings and breaches. Each marks the case, writes a timeline entry and puts notifications in the
 * outbox: an at-risk warning to whoever holds the step (or its team) and the service's managers, a breach to
 * whoever holds the step and the managers. Each is recorded once per due date, however often its timer fires.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DeadlineAlerts {

    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Outbox outbox;

    private final MailProperties mail;
    private final TeamNames teamNames;

    DeadlineAlerts(
            Deadlines deadlines, CaseTimeline timeline, Outbox outbox, MailProperties mail, TeamNames teamNames) {
        this.mail = mail;
        this.teamNames = teamNames;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    public boolean atRisk(CaseFile c, CaseDeadline deadline, StepHolders holders) {
        DeadlineKind kind = deadline.getKind();
        if (!deadlines.warnAtRisk(deadline)) {
            return false;
        }
        int left = deadlines.workingDaysLeft(deadline);
        String text = "%s at risk: due %s, %d working day%s left (%s)"
                .formatted(
                        kind.displayName(),
                        PlainDates.format(deadline.getDueOn()),
                        left,
                        left == 1 ? "" : "s",
                        holders.describe());
        timeline.record(c, CaseEvent.SYSTEM, EventType.AT_RISK, text);
        MailContent email = alert(c, deadline, holders, left, false);
        String managers = StaffGroups.managers(c.serviceCode());
        List<String> teams = new ArrayList<>();
        if (holders.assignees().isEmpty()) {
            holders.candidateGroups().stream()
                    .filter(group -> !group.equals(managers))
                    .forEach(teams::add);
        }
        teams.add(managers);
        outbox.toStaff(
                c.getId(),
                NotificationType.STEP_AT_RISK,
                StaffRecipients.of(holders.assignees(), teams),
                kind.name(),
                text,
                email);
        return true;
    }

    public boolean breached(CaseFile c, CaseDeadline deadline, StepHolders holders) {
        DeadlineKind kind = deadline.getKind();
        if (!deadlines.breach(deadline)) {
            return false;
        }
        String text = "%s overdue: it was due %s (%s)"
                .formatted(kind.displayName(), PlainDates.format(deadline.getDueOn()), holders.describe());
        timeline.record(c, CaseEvent.SYSTEM, EventType.BREACHED, text);
        MailContent email = alert(c, deadline, holders, deadlines.workingDaysLeft(deadline), true);
        outbox.toStaff(
                c.getId(),
                NotificationType.STEP_BREACHED,
                StaffRecipients.of(holders.assignees(), List.of(StaffGroups.managers(c.serviceCode()))),
                kind.name(),
                text,
                email);
        return true;
    }

    /** The email about a step at risk or overdue: the case, the step, its due date and who holds it. */
    private MailContent alert(CaseFile c, CaseDeadline deadline, StepHolders holders, int left, boolean breach) {
        String subject = (breach ? "Overdue: " : "At risk: ") + holders.stepName() + " on " + c.getReference()
                + (breach ? " was due " : " is due ") + PlainDates.format(deadline.getDueOn());
        return MailContent.to("Hello,", subject)
                .say(
                        breach
                                ? "This step has broken the charter standard: it was not done by its due date."
                                : "This step is at risk of breaking the charter standard.")
                .fact("Case", c.getReference())
                .fact("Service", c.getService().getName())
                .fact("Step", holders.stepName())
                .fact("Deadline", deadline.getKind().displayName())
                .fact("Due", PlainDates.format(deadline.getDueOn()))
                .fact(breach ? "Working days late" : "Working days left", String.valueOf(Math.abs(left)))
                .fact(
                        "Held by",
                        holders.assigneeNames().isEmpty()
                                ? "Nobody yet: waiting for " + teamNames.of(holders.candidateGroups())
                                : String.join(", ", holders.assigneeNames()))
                .link("Open the case", mail.link("/cases/" + c.getReference()))
                .build();
    }
}
