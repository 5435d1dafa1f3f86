package org.charterdesk.calendar;

import java.time.LocalDate;

/**
 * How a council counts the day a complaint (or a request for stage 2) arrives: as day 0, so that "5 working days"
 * from a Monday ends the next Monday, or as day 1, so that it ends that Friday. A day that is not a working day is
 * never counted: the count starts on the next working day either way.
 */
public enum ReceiptDay {
    ZERO,
    ONE;

    /** The day a deadline of {@code workingDays} falls due when its clock starts on {@code startsOn}. */
    public LocalDate dueOn(WorkingDayCalendar calendar, LocalDate startsOn, int workingDays) {
        int afterTheFirstDay = this == ONE ? Math.max(0, workingDays - 1) : workingDays;
        return calendar.addWorkingDays(startsOn, afterTheFirstDay);
    }
}
