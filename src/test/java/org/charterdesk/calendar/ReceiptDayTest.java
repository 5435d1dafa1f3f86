package org.charterdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The day of receipt counted as day 0 or as day 1, on working days, weekends and bank holidays. */
class ReceiptDayTest {

    private final WorkingDayCalendar scotland =
            new WorkingDayCalendar(new BankHolidays(CalendarRegion.SCOTLAND), Set.<LocalDate>of()::contains);

    @Test
    void fromAMondayFiveWorkingDaysEndTheNextMondayOrThatFriday() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(ReceiptDay.ZERO.dueOn(scotland, monday, 5)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(ReceiptDay.ONE.dueOn(scotland, monday, 5)).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void aWeekendReceiptStartsCountingOnMondayEitherWay() {
        LocalDate saturday = LocalDate.of(2026, 11, 7);
        assertThat(ReceiptDay.ZERO.dueOn(scotland, saturday, 5)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(ReceiptDay.ONE.dueOn(scotland, saturday, 5)).isEqualTo(LocalDate.of(2026, 11, 13));
    }

    @Test
    void bankHolidaysAreSkippedAndOneDayIsTheDayItself() {
        // Received on Christmas Eve 2026 (a Thursday): 25, 26 (Boxing Day, substitute 28) and 1, 2 January are
        // holidays.
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(ReceiptDay.ZERO.dueOn(scotland, christmasEve, 3)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReceiptDay.ONE.dueOn(scotland, christmasEve, 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(ReceiptDay.ONE.dueOn(scotland, christmasEve, 1)).isEqualTo(christmasEve);
        assertThat(ReceiptDay.ONE.dueOn(scotland, christmasEve, 0)).isEqualTo(christmasEve);
    }
}
