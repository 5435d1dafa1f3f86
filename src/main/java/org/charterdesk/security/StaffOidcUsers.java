package org.charterdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.charterdesk.security.StaffProvisioning.ProvidedIdentity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a user signed in by the council's OpenID Connect provider into a Charterdesk user: named by the configured
 * claim, in the Charterdesk groups their groups at the provider stand for. Someone in none of them is refused.
 */
@Component
class StaffOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_TEAM = "no_charterdesk_team";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnProperties properties;
    private final StaffProvisioning provisioning;

    private final StaffAccounts accounts;

    StaffOidcUsers(SingleSignOnProperties properties, StaffProvisioning provisioning, StaffAccounts accounts) {
        this.accounts = accounts;
        this.properties = properties;
        this.provisioning = provisioning;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String username = user.getClaimAsString(properties.usernameClaim());
        if (username == null || username.isBlank()) {
            throw refused("invalid_user", "Your council account does not give a username for Charterdesk.");
        }
        if (accounts.isDisabled(username)) {
            throw refused("account_disabled", StaffAccounts.DISABLED);
        }
        Set<String> groups =
                properties.charterdeskGroups(claimValues(user.getClaims().get(properties.groupsClaim())));
        if (groups.isEmpty()) {
            throw refused(
                    NO_TEAM,
                    "Your council account is not in any Charterdesk team. Ask whoever looks after Charterdesk at "
                            + "the council to add you.");
        }
        StaffMember member = provisioning.provision(
                new ProvidedIdentity(username, user.getGivenName(), user.getFamilyName(), user.getEmail()), groups);
        return new StaffOidcUser(member, user.getIdToken(), user.getUserInfo(), properties.usernameClaim());
    }

    private static Collection<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
