package org.charterdesk.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK write them: "Friday 8 January 2027". */
public final class PlainDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private PlainDates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** The same, in another language: "dydd Gwener 8 Ionawr 2027" in Welsh. */
    public static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String formatted = LONG.withLocale(locale).format(date);
        // Welsh writes "dydd Llun" (Java's data has "Dydd Llun"), as the date sits mid-sentence in a letter.
        return "cy".equals(locale.getLanguage())
                ? Character.toLowerCase(formatted.charAt(0)) + formatted.substring(1)
                : formatted;
    }

    /** "8 Jan 2027": for lists. */
    public static String shortFormat(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }
}
