package org.charterdesk.validation;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text as people type it: letters, digits, punctuation, tabs and line breaks, but no control characters (a NUL
 * byte, an escape) and no half of a character. Such text cannot be stored or shown safely, so it is refused at every
 * boundary with the field it was in.
 */
public final class PlainText {

    static final String MESSAGE =
            "This text has a character in it that we cannot accept (a control character). " + "Please type it again";

    private PlainText() {}

    /** Whether the text has a control character other than a tab or a line break, or an unpaired surrogate. */
    public static boolean hasForbiddenCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbiddenControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text with forbidden characters left out: for searches, where such text can only find nothing. */
    public static String withoutForbiddenCharacters(String text) {
        if (!hasForbiddenCharacters(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isSurrogate((char) c) || c > Character.MAX_VALUE)
                .filter(c -> c > Character.MAX_VALUE || !isForbiddenControl((char) c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Every text field of an input (a record, with nested records and lists) that has forbidden characters. */
    static Map<String, String> fieldsWithForbiddenCharacters(Object input) {
        Map<String, String> errors = new LinkedHashMap<>();
        walk(input, "", errors);
        return errors;
    }

    private static void walk(Object value, String path, Map<String, String> errors) {
        if (value instanceof String text) {
            if (hasForbiddenCharacters(text)) {
                errors.put(path.isEmpty() ? "text" : path, MESSAGE);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", errors);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), (path.isEmpty() ? "" : path + ".") + component.getName(), errors);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static boolean isForbiddenControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
