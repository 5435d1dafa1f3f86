package org.charterdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The filter chains ahead of the workspace's own (which the workspace module sets up): the Camunda webapps
 * (administrators only, signed in through the workspace) and the REST API (HTTP Basic or the browser session; some
 * calls open to the public).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, CamundaBpmProperties camunda) throws Exception {
        String path = camunda.getWebapp().getApplicationPath();
        // Path matchers, not MVC ones: the webapps' REST API is its own servlet, outside Spring MVC.
        http.securityMatcher(PATHS.matcher(path + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // The webapps protect themselves with their own CSRF cookie and header.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http, ObjectMapper json, AuthenticationConfiguration authentication, SecurityHeaders headers)
            throws Exception {
        headers.applyTo(http);
        ApiSecurityErrors errors = new ApiSecurityErrors(json);
        RequestMatcher validBasic = new ValidBasicCredentials(() -> {
            try {
                return authentication.getAuthenticationManager();
            } catch (Exception e) {
                throw new IllegalStateException("No authentication manager", e);
            }
        });
        http.securityMatcher(PATHS.matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                PATHS.matcher(HttpMethod.POST, "/api/v1/complaints"),
                                PATHS.matcher(HttpMethod.POST, "/api/v1/complaints/*/escalation-requests"))
                        .permitAll()
                        .requestMatchers(Stream.of(
                                        "/api/v1/services",
                                        "/api/v1/services/*/promises",
                                        "/api/v1/charter",
                                        "/api/openapi",
                                        "/api/openapi/**",
                                        "/api/docs",
                                        "/api/docs/**",
                                        "/api/swagger-ui/**")
                                .map(p -> PATHS.matcher(HttpMethod.GET, p))
                                .toArray(RequestMatcher[]::new))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.STAFF))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // A change that rides on a browser session needs the CSRF token, unless it really signs in with HTTP
                // Basic credentials of its own; sessionless calls need none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserSessionChange(validBasic)));
        return http.build();
    }

    private static RequestMatcher browserSessionChange(RequestMatcher validBasic) {
        return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
                && request.getRequestedSessionId() != null
                && !validBasic.matches(request);
    }
}
