package org.charterdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table answers exactly as the calendar does, in any order of asking, across years and closure days. */
class WorkingDayTableTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            new BankHolidays(CalendarRegion.ENGLAND_AND_WALES),
            Set.of(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 12, 24))::contains);

    @Test
    void countsAsTheCalendarDoesForPairsOfDaysOverSixYears() {
        WorkingDayTable table = new WorkingDayTable(calendar);
        Random random = new Random(42);
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 5_000; i++) {
            LocalDate from = base.plusDays(random.nextInt(6 * 365));
            LocalDate to = from.plusDays(random.nextInt(120) - 20);
            assertThat(table.workingDaysBetween(from, to))
                    .as("%s to %s", from, to)
                    .isEqualTo(calendar.workingDaysBetween(from, to));
            assertThat(table.dayZero(from)).as("day 0 of %s", from).isEqualTo(calendar.dayZero(from));
        }
    }

    @Test
    void aClosureDayAndAChristmasAreNotWorkingDays() {
        WorkingDayTable table = new WorkingDayTable(calendar);
        // Monday 23 December 2024 to Friday 27: the 24th is closed, the 25th and 26th bank holidays.
        assertThat(table.workingDaysBetween(LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 27)))
                .isEqualTo(1);
        assertThat(table.dayZero(LocalDate.of(2024, 12, 24))).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(table.workingDaysBetween(LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 23)))
                .isEqualTo(-1);
    }
}
