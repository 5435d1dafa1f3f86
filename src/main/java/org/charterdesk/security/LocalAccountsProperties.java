package org.charterdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.local-accounts}: whether staff may sign in with a username and password kept by
 * Charterdesk (on the sign-in page, and with HTTP Basic on the API). On by default, for small councils and the demo;
 * a council that signs everyone in through its own provider turns it off.
 */
@ConfigurationProperties("charterdesk.security")
public record LocalAccountsProperties(Boolean localAccounts) {

    public LocalAccountsProperties {
        localAccounts = localAccounts == null || localAccounts;
    }

    public boolean enabled() {
        return localAccounts;
    }
}
