package org.charterdesk.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar's working days laid out once over a span of dates, for counting many of them: each count is then
 * a subtraction instead of a walk day by day. The span grows by a year either side whenever a date falls outside
 * it. Answers exactly as {@link WorkingDayCalendar} does; one table is for one piece of work (it is not shared
 * between threads, and does not see closure days added after it was laid out).
 */
public final class WorkingDayTable {

    private static final int MARGIN_DAYS = 366;

    private final WorkingDayCalendar calendar;
    private LocalDate first;
    private boolean[] working = new boolean[0];
    /** For each day of the span, the working days from the first day of the span up to it, both included. */
    private int[] upTo = new int[0];

    public WorkingDayTable(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** As {@link WorkingDayCalendar#workingDaysBetween}: the working days after {@code from} up to {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        cover(from, to);
        return upTo[index(to)] - upTo[index(from)];
    }

    /** As {@link WorkingDayCalendar#dayZero}: the date itself when it is a working day, otherwise the next one. */
    public LocalDate dayZero(LocalDate date) {
        LocalDate day = date;
        cover(day, day);
        while (!working[index(day)]) {
            day = day.plusDays(1);
            cover(day, day);
        }
        return day;
    }

    private int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(first, day);
    }

    private void cover(LocalDate from, LocalDate to) {
        if (first != null && !from.isBefore(first) && index(to) < working.length) {
            return;
        }
        LocalDate start = from.minusDays(MARGIN_DAYS);
        LocalDate end = to.plusDays(MARGIN_DAYS);
        if (first != null) {
            start = start.isBefore(first) ? start : first;
            LocalDate last = first.plusDays(working.length - 1L);
            end = end.isAfter(last) ? end : last;
        }
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        working = new boolean[days];
        upTo = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            working[i] = calendar.isWorkingDay(start.plusDays(i));
            count += working[i] ? 1 : 0;
            upTo[i] = count;
        }
        first = start;
    }
}
