package org.charterdesk.calendar;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ClosureDays closureDays) {
        return new WorkingDayCalendar(new BankHolidays(properties.calendarRegion()), closureDays::isClosed);
    }

    /** The application's notion of now: the engine's clock, so that both always agree. */
    @Bean
    Clock clock(CalendarProperties properties) {
        return new EngineClock(properties.zone());
    }
}
