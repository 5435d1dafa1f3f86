package org.charterdesk.calendar;

import java.util.Arrays;

/** The UK bank-holiday regions a council can be in, with the code the holiday library uses for each. */
public enum CalendarRegion {
    ENGLAND_AND_WALES("england-and-wales", "eng", "England and Wales"),
    SCOTLAND("scotland", "sct", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "nir", "Northern Ireland");

    private final String configName;
    private final String holidayCode;
    private final String displayName;

    CalendarRegion(String configName, String holidayCode, String displayName) {
        this.configName = configName;
        this.holidayCode = holidayCode;
        this.displayName = displayName;
    }

    public String configName() {
        return configName;
    }

    String holidayCode() {
        return holidayCode;
    }

    public String displayName() {
        return displayName;
    }

    /** Reads {@code england-and-wales}, {@code scotland} or {@code northern-ireland}. */
    public static CalendarRegion fromConfig(String value) {
        return Arrays.stream(values())
                .filter(r -> r.configName.equalsIgnoreCase(value) || r.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown calendar region '" + value
                        + "': use england-and-wales, scotland or northern-ireland"));
    }
}
