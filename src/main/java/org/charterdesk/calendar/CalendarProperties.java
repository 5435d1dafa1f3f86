package org.charterdesk.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.calendar.*}: the council's bank-holiday region, its time zone, when in the day at-risk warnings
 * fall due, and whether the day of receipt counts as day 0 (the default) or day 1.
 */
@ConfigurationProperties("charterdesk.calendar")
public record CalendarProperties(String region, ZoneId zone, LocalTime atRiskWarningTime, ReceiptDay receiptDay) {

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
        if (receiptDay == null) {
            receiptDay = ReceiptDay.ZERO;
        }
    }

    public CalendarRegion calendarRegion() {
        return CalendarRegion.fromConfig(region);
    }
}
