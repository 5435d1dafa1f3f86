package org.charterdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers refused API calls with a problem-details body, like every other API error. */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ApiSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof SignInThrottledException throttled) {
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, throttled.waitFor().toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Charterdesk\"");
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with your staff username and password (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your account may not do this.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
