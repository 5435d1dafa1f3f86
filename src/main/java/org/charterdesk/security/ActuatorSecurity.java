package org.charterdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.charterdesk.cluster.MetricsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The first filter chain, for Spring Boot's actuator: health and info for anyone (load balancers, probes); the
 * metrics for Prometheus only with the scrape token ({@code charterdesk.metrics.token}, sent as a bearer token) or
 * to an administrator; nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json, MetricsProperties metrics) throws Exception {
        String token = metrics.token();
        ApiSecurityErrors errors = new ApiSecurityErrors(json);
        http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                PATHS.matcher(HttpMethod.GET, "/actuator/health"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/**"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/info"))
                        .permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/prometheus"))
                        .access(AuthorizationManagers.anyOf(
                                scrapeToken(token), AuthorityAuthorizationManager.hasRole(Roles.ADMIN)))
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Grants a request that carries the configured token; none does when no token is configured. */
    private static AuthorizationManager<RequestAuthorizationContext> scrapeToken(String token) {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return (authentication, context) ->
                new AuthorizationDecision(!token.isBlank() && carries(context.getRequest(), expected));
    }

    private static boolean carries(HttpServletRequest request, byte[] expected) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected);
    }
}
