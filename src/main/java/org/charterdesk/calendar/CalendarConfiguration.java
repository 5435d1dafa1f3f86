package org.charterdesk.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ClosureDays closureDays) {
        return new WorkingDayCalendar(new BankHolidays(properties.calendarRegion()), closureDays::isClosed);
    }

    /** The application's notion of now; tests replace it to move time along with the engine's clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(CalendarProperties properties) {
        return Clock.system(properties.zone());
    }
}
