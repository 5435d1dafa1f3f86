package org.charterdesk.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks input against its Bean Validation rules plus rules that span fields, and throws one
 * {@link InvalidInputException} naming every bad field. Every boundary (API, forms, process steps) uses it.
 */
@Component
public class InputRules {

    private final Validator validator;

    public InputRules(Validator validator) {
        this.validator = validator;
    }

    /** Text as it is kept: stripped, or null when there is none. */
    public static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Starts a check of {@code input}; add further rules, then call {@link Check#orThrow()}. */
    public Check check(Object input) {
        Check check = new Check();
        if (input == null) {
            check.errors.put("body", "Nothing was sent");
            return check;
        }
        PlainText.fieldsWithForbiddenCharacters(input).forEach(check.errors::putIfAbsent);
        for (ConstraintViolation<Object> violation : validator.validate(input)) {
            check.errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return check;
    }

    public static final class Check {

        private final Map<String, String> errors = new LinkedHashMap<>();

        private Check() {}

        /** Adds an error for {@code field} when {@code broken}, unless the field already has one. */
        public Check rule(boolean broken, String field, String message) {
            if (broken) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        /** Adds an error for {@code field} when the text has characters that are refused everywhere. */
        public Check text(String field, String text) {
            return rule(PlainText.hasForbiddenCharacters(text), field, PlainText.MESSAGE);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public void orThrow() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
