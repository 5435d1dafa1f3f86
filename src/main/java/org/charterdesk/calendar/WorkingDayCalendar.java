package org.charterdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Working-day arithmetic for charter deadlines. A working day is a weekday that is neither a bank holiday of
 * the council's region nor one of its closure days. The day something is received is day 0; something
 * received on a non-working day counts from the next working day.
 */
public class WorkingDayCalendar {

    private final BankHolidays bankHolidays;
    private final Predicate<LocalDate> closed;

    public WorkingDayCalendar(BankHolidays bankHolidays, Predicate<LocalDate> closed) {
        this.bankHolidays = bankHolidays;
        this.closed = closed;
    }

    public CalendarRegion region() {
        return bankHolidays.region();
    }

    /** The bank holidays of the council's region in a year. */
    public Set<LocalDate> bankHolidaysIn(int year) {
        return bankHolidays.inYear(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !bankHolidays.isBankHoliday(date)
                && !closed.test(date);
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate dayZero(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date {@code workingDays} working days after {@code start}, counting {@code start} as day 0. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = dayZero(start);
        for (int added = 0; added < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /**
     * The working day {@code workingDays} before {@code due}, never earlier than {@code notBefore}. Used for
     * the at-risk warning day.
     */
    public LocalDate subtractWorkingDays(LocalDate due, int workingDays, LocalDate notBefore) {
        LocalDate day = due;
        for (int taken = 0; taken < workingDays && day.isAfter(notBefore); ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                taken++;
            }
        }
        return day.isBefore(notBefore) ? notBefore : day;
    }

    /**
     * Working days from {@code from} to {@code to}: the number of working days after {@code from} up to and
     * including {@code to}. Negative when {@code to} is before {@code from}; 0 on the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
