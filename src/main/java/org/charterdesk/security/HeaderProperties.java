package org.charterdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.headers.*}: the security headers of every page and API answer. The content security
 * policy is the one the Vaadin workspace and the public pages are tested to work under.
 */
@ConfigurationProperties("charterdesk.security.headers")
public record HeaderProperties(String contentSecurityPolicy, String referrerPolicy, String permissionsPolicy) {

    public HeaderProperties {
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            // Vaadin's client runs the server's JavaScript calls with new Function(), hence 'unsafe-eval'; its
            // components keep styles inline. Nothing may load from elsewhere, and no page may frame this one.
            contentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; "
                    + "object-src 'none'";
        }
        if (referrerPolicy == null || referrerPolicy.isBlank()) {
            referrerPolicy = "strict-origin-when-cross-origin";
        }
        if (permissionsPolicy == null || permissionsPolicy.isBlank()) {
            permissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        }
    }
}
