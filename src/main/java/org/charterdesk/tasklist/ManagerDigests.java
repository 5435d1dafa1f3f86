package org.charterdesk.tasklist;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' morning digest: for each manager, the open steps of their services that are overdue or at risk
 * today, from the task lists' read model. Called by the {@code manager-digest} process on working days.
 */
@Component("managerDigests")
public class ManagerDigests {

    private static final int MOST_LISTED = 100;

    private final TaskLists taskLists;
    private final Charter charter;
    private final StaffDirectory directory;
    private final Outbox outbox;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final MailProperties mail;
    private final DueDates dueDates;

    ManagerDigests(
            TaskLists taskLists,
            Charter charter,
            StaffDirectory directory,
            Outbox outbox,
            Deadlines deadlines,
            WorkingDayCalendar calendar,
            MailProperties mail,
            DueDates dueDates) {
        this.dueDates = dueDates;
        this.taskLists = taskLists;
        this.charter = charter;
        this.directory = directory;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.mail = mail;
    }

    /** Writes today's digest for every manager with something at risk or overdue; returns how many were written. */
    @Transactional
    public int sendForToday() {
        LocalDate today = deadlines.today();
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        Set<String> managers = new LinkedHashSet<>();
        for (CouncilService service : charter.services()) {
            managers.addAll(directory.members(StaffGroups.managers(service.getCode())));
        }
        int written = 0;
        for (String username : managers) {
            StaffMember manager = directory.find(username).orElse(null);
            if (manager != null && digest(manager, today)) {
                written++;
            }
        }
        return written;
    }

    private boolean digest(StaffMember manager, LocalDate today) {
        List<TaskRow> overdue = rows(manager, CharterFlag.OVERDUE);
        List<TaskRow> atRisk = rows(manager, CharterFlag.AT_RISK);
        if (overdue.isEmpty() && atRisk.isEmpty()) {
            return false;
        }
        MailContent.Builder email = MailContent.to(
                        "Hello " + manager.displayName() + ",",
                        "Today in your services: " + overdue.size() + " overdue, " + atRisk.size() + " at risk")
                .say("These are the steps of your services that are overdue or at risk on " + PlainDates.format(today)
                        + ".");
        list(email, "Overdue", overdue);
        list(email, "At risk", atRisk);
        email.link("Open the team overview", mail.link("/tasks"));
        return outbox.toStaffMemberOnce(
                        "digest:" + manager.username() + ":" + today,
                        NotificationType.MANAGER_DIGEST,
                        manager.username(),
                        "Digest for " + PlainDates.format(today) + ": " + overdue.size() + " overdue, " + atRisk.size()
                                + " at risk",
                        email.build())
                .isPresent();
    }

    private List<TaskRow> rows(StaffMember manager, CharterFlag status) {
        return taskLists.page(
                manager, TaskListKind.OVERVIEW, new TaskListFilter(null, null, status, null), 0, MOST_LISTED);
    }

    private void list(MailContent.Builder email, String heading, List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        email.say(heading + " (" + rows.size() + "):");
        for (TaskRow row : rows) {
            email.fact(
                    row.caseReference(),
                    row.stepName() + ", " + row.serviceName() + ", due "
                            + PlainDates.shortFormat(row.dueOn()) + " ("
                            + dueDates.words(row.dueOn()) + "), "
                            + (row.assigneeName() == null ? "not yet claimed" : "held by " + row.assigneeName()));
        }
    }
}
