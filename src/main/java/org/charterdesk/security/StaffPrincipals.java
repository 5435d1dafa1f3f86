package org.charterdesk.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** The member of staff behind an authentication, however they signed in. */
final class StaffPrincipals {

    private StaffPrincipals() {}

    static Optional<StaffMember> memberOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof StaffMember member) {
            return Optional.of(member);
        }
        if (authentication.getPrincipal() instanceof StaffOidcUser user) {
            return Optional.of(user.member());
        }
        return Optional.empty();
    }
}
