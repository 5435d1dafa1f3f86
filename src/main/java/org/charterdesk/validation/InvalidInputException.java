package org.charterdesk.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with a plain-English message for each field at fault. Nothing was saved. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Please correct: " + String.join("; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
