package org.charterdesk.charter;

import java.util.Locale;

/** A language the council speaks to the public in: English always, Welsh where the council offers it. */
public enum Language {
    ENGLISH("en", Locale.UK),
    WELSH("cy", new Locale("cy", "GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code, "en" or "cy", as kept on a case and given in addresses ({@code ?lang=cy}). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a code or locale; English for anything else, or nothing. */
    public static Language of(String code) {
        return WELSH.code.equalsIgnoreCase(code) ? WELSH : ENGLISH;
    }

    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : of(locale.getLanguage());
    }
}
