package org.charterdesk.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.calendar.*}: the council's bank-holiday region, its time zone, and when in the day
 * at-risk warnings fall due.
 */
@ConfigurationProperties("charterdesk.calendar")
public record CalendarProperties(String region, ZoneId zone, LocalTime atRiskWarningTime) {

    public CalendarProperties {
        if (region == null || region.isBlank()) {
            region = CalendarRegion.SCOTLAND.configName();
        }
        CalendarRegion.fromConfig(region);
        if (zone == null) {
            zone = ZoneId.of("Europe/London");
        }
        if (atRiskWarningTime == null) {
            atRiskWarningTime = LocalTime.of(7, 0);
        }
    }

    public CalendarRegion calendarRegion() {
        return CalendarRegion.fromConfig(region);
    }
}
