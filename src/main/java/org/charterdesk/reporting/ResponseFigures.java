package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.decimal;
import static org.charterdesk.reporting.FigureValues.ofTotal;
import static org.charterdesk.reporting.FigureValues.sum;

import java.time.LocalDate;
import java.util.List;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.calendar.WorkingDayTable;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.springframework.stereotype.Component;

/** A complaints report's figures for one stage's responses: time to respond, within timescale, outcomes. */
@Component
final class ResponseFigures {

    private final WorkingDayCalendar calendar;

    ResponseFigures(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    void add(
            List<Figure> figures,
            Stage stage,
            ReportCounts.StageCounts counts,
            ReportPeriod period,
            WorkingDayTable days,
            ReportLists lists) {
        String n = stage == Stage.STAGE_1 ? "stage1" : "stage2";
        String label = stage.shortName();
        long all = sum(counts.outcomes(), o -> true, ReportCounts.Outcomes::count);
        timeFigures(figures, n, label, stage, counts, all, period, days, lists);
        long within = 0;
        long extension = 0;
        for (ReportCounts.Deadlines d : counts.deadlines()) {
            LocalDate due = dueWithoutExtension(d.originalDueOn(), d.movedDays());
            if (!d.completedOn().isAfter(due)) {
                within += d.count();
            } else if (!d.completedOn().isAfter(d.dueOn())) {
                extension += d.count();
            }
        }
        figures.add(new Figure(
                "timescale." + n + ".within",
                "Within timescale",
                label + " responses within the charter's timescale",
                ofTotal(within, all),
                lists.sent(
                        stage,
                        r -> r.hasDeadline()
                                && !r.completedOn().isAfter(dueWithoutExtension(r.originalDueOn(), r.movedDays())))));
        figures.add(new Figure(
                "timescale." + n + ".extension",
                "Within timescale",
                label + " responses within an authorised extension",
                String.valueOf(extension),
                lists.sent(
                        stage,
                        r -> r.hasDeadline()
                                && r.completedOn().isAfter(dueWithoutExtension(r.originalDueOn(), r.movedDays()))
                                && !r.completedOn().isAfter(r.dueOn()))));
        for (Outcome outcome : Outcome.values()) {
            figures.add(new Figure(
                    "outcome." + n + "." + outcome.name().toLowerCase(),
                    "Outcomes",
                    label + ": " + outcome.displayName().toLowerCase(),
                    ofTotal(sum(counts.outcomes(), o -> o.outcome() == outcome, ReportCounts.Outcomes::count), all),
                    lists.sent(stage, r -> r.outcome() == outcome)));
        }
    }

    /**
     * The average working days to respond, and (apart) the average time waiting for the customer. Working days
     * between two days are the difference of their distances from the start of the period, so the sum over all
     * responses is the sum over the days they were sent less the sum over the days their stages started: the
     * database counts the responses by each of those days, and the calendar is applied once a day, not once a case.
     */
    private void timeFigures(
            List<Figure> figures,
            String n,
            String label,
            Stage stage,
            ReportCounts.StageCounts counts,
            long all,
            ReportPeriod period,
            WorkingDayTable days,
            ReportLists lists) {
        LocalDate anchor = period.from();
        long total = 0;
        for (ReportCounts.DaysCount sent : counts.sentOn()) {
            total += sent.count() * days.workingDaysBetween(anchor, sent.day());
        }
        for (ReportCounts.DaysCount started : counts.startedOn()) {
            total -= started.count() * days.workingDaysBetween(anchor, days.dayZero(started.day()));
        }
        total -= sum(counts.waited(), ReportCounts.Waited::clockStops, ReportCounts.Waited::days);
        long stopping = sum(counts.outcomes(), ReportCounts.Outcomes::clockStops, ReportCounts.Outcomes::count);
        figures.add(new Figure(
                "time." + n + ".average",
                "Time to respond",
                "Average working days to respond at " + label.toLowerCase() + " " + waitingCounted(stopping, all),
                all == 0 ? "None" : decimal((double) total / all, 1),
                lists.sent(stage, r -> true)));
        long waitedFor = sum(counts.waited(), w -> true, ReportCounts.Waited::count);
        long waited = sum(counts.waited(), w -> true, ReportCounts.Waited::days);
        figures.add(new Figure(
                "time." + n + ".waiting",
                "Time to respond",
                "Average working days waiting for the customer at " + label.toLowerCase()
                        + " (cases that asked them for more information)",
                waitedFor == 0 ? "None" : decimal((double) waited / waitedFor, 1),
                lists.sent(stage, r -> r.waited() > 0)));
    }

    /** Whether the average leaves out time waiting for the customer, as the SPSO's indicators do. */
    private static String waitingCounted(long stopping, long all) {
        if (stopping == 0) {
            return "(counting time waiting for the customer)";
        }
        return stopping == all
                ? "(not counting time waiting for the customer)"
                : "(not counting time waiting for the customer where the charter stops the clock)";
    }

    /**
     * The charter's due date before any extension: moved on only by the days its clock stopped and the closure days
     * the council added inside it.
     */
    private LocalDate dueWithoutExtension(LocalDate originalDueOn, int movedDays) {
        return movedDays == 0 ? originalDueOn : calendar.addWorkingDays(originalDueOn, movedDays);
    }
}
