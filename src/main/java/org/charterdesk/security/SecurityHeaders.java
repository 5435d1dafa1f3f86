package org.charterdesk.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The security headers on the workspace, the public pages and the API: a content security policy, a referrer
 * policy and a permissions policy, besides Spring Security's defaults (HSTS on HTTPS, nosniff, frame options).
 */
@Component
public class SecurityHeaders {

    private final HeaderProperties properties;

    SecurityHeaders(HeaderProperties properties) {
        this.properties = properties;
    }

    public void applyTo(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(properties.referrerPolicy())))
                .addHeaderWriter((request, response) ->
                        response.setHeader("Permissions-Policy", properties.permissionsPolicy())));
    }
}
