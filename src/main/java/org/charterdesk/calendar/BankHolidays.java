package org.charterdesk.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The bank holidays of one UK region, substitute days included, from the Jollyday holiday library
 * (which follows the published gov.uk and gov.scot lists). Each year is worked out once and kept.
 */
public class BankHolidays {

    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private final CalendarRegion region;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public BankHolidays(CalendarRegion region) {
        this.region = region;
    }

    public CalendarRegion region() {
        return region;
    }

    public boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /** The days off in a year: the date a holiday is observed on, so a substitute Monday is included. */
    public Set<LocalDate> inYear(int year) {
        return byYear.computeIfAbsent(
                year,
                y -> UNITED_KINGDOM.getHolidays(Year.of(y), region.holidayCode()).stream()
                        .map(Holiday::getDate)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
