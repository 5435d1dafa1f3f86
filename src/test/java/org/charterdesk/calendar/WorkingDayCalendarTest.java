package org.charterdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar(CalendarRegion region, LocalDate... closures) {
        Set<LocalDate> closed = Set.of(closures);
        return new WorkingDayCalendar(new BankHolidays(region), closed::contains);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class BankHolidaysOfEachRegion {

        @Test
        void englandAndWales2026And2027() {
            BankHolidays holidays = new BankHolidays(CalendarRegion.ENGLAND_AND_WALES);
            assertThat(holidays.inYear(2026))
                    .containsExactlyInAnyOrder(
                            d(2026, 1, 1),
                            d(2026, 4, 3),
                            d(2026, 4, 6),
                            d(2026, 5, 4),
                            d(2026, 5, 25),
                            d(2026, 8, 31),
                            d(2026, 12, 25),
                            d(2026, 12, 28)); // Boxing Day falls on a Saturday: substitute Monday
            assertThat(holidays.inYear(2027))
                    .containsExactlyInAnyOrder(
                            d(2027, 1, 1),
                            d(2027, 3, 26),
                            d(2027, 3, 29),
                            d(2027, 5, 3),
                            d(2027, 5, 31),
                            d(2027, 8, 30),
                            d(2027, 12, 27),
                            d(2027, 12, 28)); // Christmas Saturday, Boxing Day Sunday: Monday and Tuesday
        }

        @Test
        void scotland2026And2027() {
            BankHolidays holidays = new BankHolidays(CalendarRegion.SCOTLAND);
            assertThat(holidays.inYear(2026))
                    .containsExactlyInAnyOrder(
                            d(2026, 1, 1),
                            d(2026, 1, 2),
                            d(2026, 4, 3),
                            d(2026, 5, 4),
                            d(2026, 5, 25),
                            d(2026, 6, 15),
                            d(2026, 8, 3),
                            d(2026, 11, 30),
                            d(2026, 12, 25),
                            d(2026, 12, 28));
            assertThat(holidays.inYear(2027))
                    .containsExactlyInAnyOrder(
                            d(2027, 1, 1),
                            d(2027, 1, 4), // 2 January is a Saturday: substitute Monday
                            d(2027, 3, 26),
                            d(2027, 5, 3),
                            d(2027, 5, 31),
                            d(2027, 8, 2),
                            d(2027, 11, 30),
                            d(2027, 12, 27),
                            d(2027, 12, 28));
        }

        @Test
        void northernIreland2026And2027() {
            BankHolidays holidays = new BankHolidays(CalendarRegion.NORTHERN_IRELAND);
            assertThat(holidays.inYear(2026))
                    .containsExactlyInAnyOrder(
                            d(2026, 1, 1),
                            d(2026, 3, 17),
                            d(2026, 4, 3),
                            d(2026, 4, 6),
                            d(2026, 5, 4),
                            d(2026, 5, 25),
                            d(2026, 7, 13), // 12 July is a Sunday: substitute Monday
                            d(2026, 8, 31),
                            d(2026, 12, 25),
                            d(2026, 12, 28));
            assertThat(holidays.inYear(2027))
                    .containsExactlyInAnyOrder(
                            d(2027, 1, 1),
                            d(2027, 3, 17),
                            d(2027, 3, 26),
                            d(2027, 3, 29),
                            d(2027, 5, 3),
                            d(2027, 5, 31),
                            d(2027, 7, 12),
                            d(2027, 8, 30),
                            d(2027, 12, 27),
                            d(2027, 12, 28));
        }
    }

    @Nested
    class AddingWorkingDays {

        @Test
        void aLetterReceivedOnNewYearsEveIsDueOnDifferentDaysInEnglandAndScotland() {
            LocalDate thursday31December = d(2026, 12, 31);
            assertThat(calendar(CalendarRegion.ENGLAND_AND_WALES).addWorkingDays(thursday31December, 5))
                    .isEqualTo(d(2027, 1, 8));
            assertThat(calendar(CalendarRegion.SCOTLAND).addWorkingDays(thursday31December, 5))
                    .isEqualTo(d(2027, 1, 11));
            assertThat(calendar(CalendarRegion.NORTHERN_IRELAND).addWorkingDays(thursday31December, 5))
                    .isEqualTo(d(2027, 1, 8));
        }

        @ParameterizedTest(name = "received {0}: {1} working days later is {2}")
        @CsvSource({
            "2026-11-02, 5, 2026-11-09", // Monday to Monday
            "2026-11-06, 1, 2026-11-09", // over a weekend
            "2026-11-07, 5, 2026-11-16", // received on a Saturday: counts from Monday
            "2026-11-08, 0, 2026-11-09", // day 0 of a Sunday is the Monday
            "2026-11-27, 1, 2026-12-01", // St Andrew's Day, Monday 30 November, is skipped
            "2026-12-24, 1, 2026-12-29", // Christmas Day and the substitute Boxing Day
            "2026-11-10, 20, 2026-12-09"
        })
        void inScotland(LocalDate start, int days, LocalDate expected) {
            assertThat(calendar(CalendarRegion.SCOTLAND).addWorkingDays(start, days))
                    .isEqualTo(expected);
        }

        @Test
        void localClosureDaysAreSkippedToo() {
            WorkingDayCalendar closedOnFriday = calendar(CalendarRegion.SCOTLAND, d(2026, 11, 6));
            assertThat(closedOnFriday.isWorkingDay(d(2026, 11, 6))).isFalse();
            assertThat(closedOnFriday.addWorkingDays(d(2026, 11, 2), 5)).isEqualTo(d(2026, 11, 10));
        }

        @Test
        void negativeDaysAreRefused() {
            assertThatThrownBy(() -> calendar(CalendarRegion.SCOTLAND).addWorkingDays(d(2026, 11, 2), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CountingAndWarnings {

        @Test
        void workingDaysBetweenSkipsWeekendsAndHolidaysAndIsNegativeWhenLate() {
            WorkingDayCalendar scotland = calendar(CalendarRegion.SCOTLAND);
            assertThat(scotland.workingDaysBetween(d(2026, 11, 2), d(2026, 11, 9)))
                    .isEqualTo(5);
            assertThat(scotland.workingDaysBetween(d(2026, 11, 27), d(2026, 12, 1)))
                    .isEqualTo(1);
            assertThat(scotland.workingDaysBetween(d(2026, 11, 9), d(2026, 11, 9)))
                    .isZero();
            assertThat(scotland.workingDaysBetween(d(2026, 11, 10), d(2026, 11, 9)))
                    .isEqualTo(-1);
        }

        @Test
        void theAtRiskDayIsWorkingDaysBeforeTheDueDateButNeverBeforeTheStart() {
            WorkingDayCalendar scotland = calendar(CalendarRegion.SCOTLAND);
            assertThat(scotland.subtractWorkingDays(d(2026, 11, 9), 1, d(2026, 11, 2)))
                    .isEqualTo(d(2026, 11, 6));
            assertThat(scotland.subtractWorkingDays(d(2026, 12, 1), 1, d(2026, 11, 2)))
                    .isEqualTo(d(2026, 11, 27));
            assertThat(scotland.subtractWorkingDays(d(2026, 11, 3), 3, d(2026, 11, 2)))
                    .isEqualTo(d(2026, 11, 2));
        }

        @Test
        void regionsAreReadFromConfiguration() {
            assertThat(CalendarRegion.fromConfig("england-and-wales")).isEqualTo(CalendarRegion.ENGLAND_AND_WALES);
            assertThat(CalendarRegion.fromConfig("northern-ireland")).isEqualTo(CalendarRegion.NORTHERN_IRELAND);
            assertThatThrownBy(() -> CalendarRegion.fromConfig("wales"))
                    .hasMessageContaining("england-and-wales, scotland or northern-ireland");
        }
    }
}
