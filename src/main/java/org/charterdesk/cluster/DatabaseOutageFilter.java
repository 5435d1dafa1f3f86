package org.charterdesk.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ahead of everything else, including security: a request that fails because the database is out of reach is
 * answered 503 with a Retry-After header (problem details as JSON, or a short page for a browser), instead of a
 * redirect to sign in or an error page. Screens already open handle it themselves, keeping what the user typed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageAnswers(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Answer(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("Charterdesk: 503 while the database is out of reach");
        return registration;
    }

    private static final class Answer extends OncePerRequestFilter {

        private final ObjectMapper json;

        Answer(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!DatabaseOutages.isOutage(e) || response.isCommitted()) {
                    throw e;
                }
                LOG.warn(
                        "The database is out of reach: answered {} {} with 503",
                        request.getMethod(),
                        request.getRequestURI());
                unavailable(request, response);
            }
        }

        private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutages.RETRY_AFTER.toSeconds()));
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter()
                        .write("<!doctype html><html lang=\"en\"><head><title>Service unavailable"
                                + "</title></head><body><main><h1>Service unavailable</h1><p>"
                                + DatabaseOutages.MESSAGE + "</p></main></body></html>");
                return;
            }
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutages.MESSAGE);
            problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
