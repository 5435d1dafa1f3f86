package org.charterdesk.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The member of staff behind the current request, if any. */
@Component
public class CurrentStaff {

    public Optional<StaffMember> get() {
        return StaffPrincipals.memberOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public StaffMember require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in as a member of staff to do this"));
    }
}
