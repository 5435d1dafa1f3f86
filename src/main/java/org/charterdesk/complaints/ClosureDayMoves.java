package org.charterdesk.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.ClosureDay;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.DeadlineTimers;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's closure days as administrators change them. A new closure day that falls inside open cases'
 * deadlines takes a working day out of each: the administrator is shown how many cases that is, and chooses whether
 * their deadlines (with the steps' due dates and the warnings' timers) move on by a day. Each move is in the case's
 * timeline, and every change in the audit log.
 */
@Service
public class ClosureDayMoves {

    private final ClosureDays closureDays;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final DeadlineTimers timers;
    private final CaseTimeline timeline;
    private final AuditLog audit;

    ClosureDayMoves(
            ClosureDays closureDays,
            WorkingDayCalendar calendar,
            Deadlines deadlines,
            DeadlineTimers timers,
            CaseTimeline timeline,
            AuditLog audit) {
        this.closureDays = closureDays;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.timers = timers;
        this.timeline = timeline;
        this.audit = audit;
    }

    /**
     * What adding a closure day would do: whether the day is a working day now, and how many cases have an open
     * deadline it falls inside.
     */
    public record Impact(LocalDate day, boolean workingDay, long cases) {

        /** The impact, in words for the administrator. */
        public String words() {
            if (!workingDay) {
                return PlainDates.format(day) + " is not a working day already, so no deadline changes.";
            }
            if (cases == 0) {
                return "No open case has a deadline on or after " + PlainDates.format(day) + ", so none would move.";
            }
            return (cases == 1 ? "1 open case has" : cases + " open cases have")
                    + " a deadline that this day falls inside. If you move them, each of those deadlines moves one"
                    + " working day later.";
        }
    }

    @Transactional(readOnly = true)
    public Impact impactOf(LocalDate day, StaffMember member) {
        checkAdministrator(member);
        checkDate(day);
        boolean working = calendar.isWorkingDay(day);
        return new Impact(day, working, working ? deadlines.casesOpenAcross(day) : 0);
    }

    /**
     * Adds a closure day and, if {@code moveDeadlines}, moves on the open deadlines it falls inside; the number of
     * cases whose deadlines moved.
     */
    @Transactional
    public int add(LocalDate day, String description, boolean moveDeadlines, StaffMember member) {
        Impact impact = impactOf(day, member);
        if (description == null || description.isBlank()) {
            throw InvalidInputException.of("description", "Say why the council is closed, for example 'Staff day'");
        }
        ClosureDay added = closureDays.add(day, description);
        Map<CaseFile, List<String>> moves = new LinkedHashMap<>();
        if (moveDeadlines && impact.workingDay()) {
            for (CaseDeadline deadline : deadlines.openAcross(day)) {
                LocalDate before = deadlines.moveForClosure(deadline);
                moves.computeIfAbsent(deadline.getCaseFile(), c -> new ArrayList<>())
                        .add("%s moved from %s to %s"
                                .formatted(
                                        deadline.getKind().displayName(),
                                        PlainDates.format(before),
                                        PlainDates.format(deadline.getDueOn())));
            }
        }
        String because =
                " because the council is closed on " + PlainDates.format(day) + " (" + added.getDescription() + ")";
        moves.forEach((c, what) -> {
            String words = String.join("; ", what) + because;
            timeline.record(c, CaseEvent.SYSTEM, EventType.DEADLINE_MOVED, words);
            audit.recordChange(member.username(), c.getReference(), words);
            timers.reschedule(c);
        });
        audit.recordChange(
                member.username(),
                null,
                "Closure day added: %s (%s); %s"
                        .formatted(
                                PlainDates.format(day),
                                added.getDescription(),
                                moveDeadlines
                                        ? "deadlines of " + moves.size() + " open cases moved"
                                        : "deadlines left as they were (" + impact.cases() + " open cases)"));
        return moves.size();
    }

    /** Removes a closure day; deadlines already moved for it stay where they are. */
    @Transactional
    public void remove(LocalDate day, StaffMember member) {
        checkAdministrator(member);
        closureDays.list().stream()
                .filter(d -> d.getClosedOn().equals(day))
                .findFirst()
                .ifPresent(d -> {
                    closureDays.remove(day);
                    audit.recordChange(
                            member.username(),
                            null,
                            "Closure day removed: %s (%s)".formatted(PlainDates.format(day), d.getDescription()));
                });
    }

    private void checkDate(LocalDate day) {
        if (day == null) {
            throw InvalidInputException.of("day", "Choose the day the council is closed");
        }
        if (day.isBefore(deadlines.today())) {
            throw InvalidInputException.of("day", "A closure day must be today or later");
        }
    }

    private static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new CaseAccessDeniedException("Only administrators change the council's closure days");
        }
    }
}
