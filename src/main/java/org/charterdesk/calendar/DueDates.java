package org.charterdesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The words for when something is due, the one place every screen and email takes them from: "3 working days",
 * "Due tomorrow", "Due today", "2 working days late", or "Overdue since Fri 27 Nov" when no working day has passed
 * since (a weekend or a bank holiday).
 */
@Component
public class DueDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DueDates(WorkingDayCalendar calendar, Clock clock, CalendarProperties properties) {
        this.calendar = calendar;
        this.clock = clock.withZone(properties.zone());
    }

    /** Today, in the council's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** When {@code dueOn} is due, seen from today; empty for no date. */
    public String words(LocalDate dueOn) {
        return dueOn == null ? "" : words(dueOn, today(), calendar);
    }

    static String words(LocalDate dueOn, LocalDate today, WorkingDayCalendar calendar) {
        if (dueOn.isBefore(today)) {
            int late = calendar.workingDaysBetween(dueOn, today);
            if (late == 0) {
                return "Overdue since " + DAY.format(dueOn);
            }
            return late + (late == 1 ? " working day late" : " working days late");
        }
        if (dueOn.equals(today)) {
            return "Due today";
        }
        if (dueOn.equals(today.plusDays(1))) {
            return "Due tomorrow";
        }
        int left = calendar.workingDaysBetween(today, dueOn);
        return left + (left == 1 ? " working day" : " working days");
    }
}
