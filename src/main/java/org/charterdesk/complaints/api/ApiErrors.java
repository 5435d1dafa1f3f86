package org.charterdesk.complaints.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.deadlines.DeadlineChangedException;
import org.charterdesk.security.TooManyGuessesException;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error as problem details (RFC 9457) in plain English. Bad input names each field at fault in
 * {@code errors}.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    record FieldError(String field, String message) {}

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.fieldErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return badRequest(Map.of(path(unknown), "There is no field '" + unknown.getPropertyName() + "'"));
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            String allowed =
                    format.getTargetType() != null && format.getTargetType().isEnum()
                            ? ": use one of "
                                    + Arrays.stream(format.getTargetType().getEnumConstants())
                                            .map(Object::toString)
                                            .collect(Collectors.joining(", "))
                            : "";
            return badRequest(Map.of(path(format), "'" + format.getValue() + "' is not a valid value" + allowed));
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return badRequest(Map.of(path(mapping), "This value has the wrong form"));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(StepNotFoundException.class)
    ProblemDetail stepGone(StepNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CaseAccessDeniedException.class)
    ProblemDetail forbidden(CaseAccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(StepRefusedException.class)
    ProblemDetail refused(StepRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ProcedureConflictException.class, StepTakenException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(TooManyGuessesException.class)
    ResponseEntity<ProblemDetail> tooManyGuesses(TooManyGuessesException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(DeadlineChangedException.class)
    ProblemDetail deadline(DeadlineChangedException e) {
        return badRequest(Map.of("extraDays", e.getMessage()));
    }

    private static ProblemDetail badRequest(Map<String, String> errors) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "Some of what was sent needs correcting: " + String.join(" ", errors.values()));
        List<FieldError> fields = errors.entrySet().stream()
                .map(entry -> new FieldError(entry.getKey(), entry.getValue()))
                .toList();
        problem.setProperty("errors", fields);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
