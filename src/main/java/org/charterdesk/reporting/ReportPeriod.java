package org.charterdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.charterdesk.calendar.PlainDates;

/** A reporting period: from and to, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs a start on or before its end");
        }
    }

    /** The quarter (January to March, and so on) that contains the day. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The period of the same length just before this one (the previous quarter, for a quarter). */
    public ReportPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }

    /** The moment the period starts in the zone: the start of its first day. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The moment the period ends in the zone: the start of the day after its last (excluded). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return PlainDates.shortFormat(from) + " to " + PlainDates.shortFormat(to);
    }
}
