package org.charterdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words for due dates, on Scotland's calendar (Monday 30 November 2026 is St Andrew's Day). */
class DueDatesTest {

    private final WorkingDayCalendar scotland =
            new WorkingDayCalendar(new BankHolidays(CalendarRegion.SCOTLAND), Set.<LocalDate>of()::contains);

    private String due(LocalDate dueOn, LocalDate today) {
        return DueDates.words(dueOn, today, scotland);
    }

    @Test
    void aStepDueFridayIsOverdueAtTheWeekendNotDueToday() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(due(friday, LocalDate.of(2026, 11, 28))).isEqualTo("Overdue since Fri 27 Nov");
        assertThat(due(friday, LocalDate.of(2026, 11, 30))).isEqualTo("Overdue since Fri 27 Nov");
        assertThat(due(friday, LocalDate.of(2026, 12, 1))).isEqualTo("1 working day late");
        assertThat(due(friday, LocalDate.of(2026, 12, 3))).isEqualTo("3 working days late");
    }

    @Test
    void todayTomorrowAndLater() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertThat(due(thursday, thursday)).isEqualTo("Due today");
        assertThat(due(LocalDate.of(2026, 12, 4), thursday)).isEqualTo("Due tomorrow");
        assertThat(due(LocalDate.of(2026, 12, 7), thursday)).isEqualTo("2 working days");
        assertThat(due(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 4))).isEqualTo("1 working day");
    }
}
