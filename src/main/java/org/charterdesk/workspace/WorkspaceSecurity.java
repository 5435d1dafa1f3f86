package org.charterdesk.workspace;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletContext;
import org.charterdesk.security.SecurityHeaders;
import org.charterdesk.security.SingleSignOn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The last filter chain, for everything the Camunda webapps' and the API's chains leave: the Vaadin workspace and
 * public pages (each view says who may open it) and its sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(3)
    SecurityFilterChain workspace(
            HttpSecurity http, SecurityHeaders headers, SingleSignOn singleSignOn, ServletContext servletContext)
            throws Exception {
        headers.applyTo(http);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PATHS.matcher(HttpMethod.GET, "/images/**"))
                .permitAll()
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/styles/**"))
                .permitAll()
                .requestMatchers(new UnknownPages(servletContext))
                .permitAll());
        singleSignOn.applyTo(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            singleSignOn.logoutSuccessHandler(new UidlRedirectStrategy()).ifPresent(vaadin::logoutSuccessHandler);
        });
        return http.build();
    }
}
