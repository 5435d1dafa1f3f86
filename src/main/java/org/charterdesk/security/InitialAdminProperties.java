package org.charterdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.initial-admin.*} ({@code CHARTERDESK_ADMIN_USER}, {@code CHARTERDESK_ADMIN_PASSWORD}):
 * the administrator created on a database that has none.
 */
@ConfigurationProperties("charterdesk.security.initial-admin")
public record InitialAdminProperties(String username, String password) {

    public InitialAdminProperties {
        if (username == null || username.isBlank()) {
            username = "admin";
        }
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
