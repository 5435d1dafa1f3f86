package org.charterdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.initial-admin.*} ({@code CHARTERDESK_ADMIN_USER}, {@code CHARTERDESK_ADMIN_PASSWORD}):
 * the administrator created on a database that has none. With {@code reset} ({@code CHARTERDESK_ADMIN_RESET=true}),
 * that administrator is restored at start-up whatever the database holds: password set, administrator again, and
 * free to sign in at once.
 */
@ConfigurationProperties("charterdesk.security.initial-admin")
public record InitialAdminProperties(String username, String password, boolean reset) {

    public InitialAdminProperties {
        if (username == null || username.isBlank()) {
            username = "admin";
        }
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
