package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.charterdesk.calendar.PlainDates;

/** Plain-English wording shared by the screens: dates, working days, and customer text shown as text. */
public final class Texts {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Texts() {}

    public static String date(LocalDate date) {
        return date == null ? "" : PlainDates.format(date);
    }

    public static String shortDate(LocalDate date) {
        return PlainDates.shortFormat(date);
    }

    /** "13 Nov" this year, "13 Nov 2025" otherwise: short enough for a list column. */
    public static String compactDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        boolean thisYear = date.getYear() == LocalDate.now(UK).getYear();
        return date.format(DateTimeFormatter.ofPattern(thisYear ? "d MMM" : "d MMM yyyy", Locale.UK));
    }

    /** The time of day, "14:05", for something later today. */
    public static String clockTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(instant.atZone(UK));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    /** A constant such as COMPLAINT_RECEIVED as words: "Complaint received". */
    public static String sentence(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Customer text, kept as text (never HTML) with its line breaks. */
    public static Div words(String text) {
        Div div = new Div();
        div.setText(text == null ? "" : text);
        div.getStyle().set("white-space", "pre-wrap");
        return div;
    }
}
