package org.charterdesk.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A member of staff signed in by the council's OpenID Connect provider: the provider's tokens (kept for signing out
 * there too) and the Charterdesk user they were matched to.
 */
public final class StaffOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final StaffMember member;

    StaffOidcUser(StaffMember member, OidcIdToken idToken, OidcUserInfo userInfo, String usernameClaim) {
        super(member.authorities(), idToken, userInfo, usernameClaim);
        this.member = member;
    }

    public StaffMember member() {
        return member;
    }
}
