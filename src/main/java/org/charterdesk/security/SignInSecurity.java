package org.charterdesk.security;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What administrators see of failed sign-ins, and letting an account that must wait sign in at once. */
@Service
public class SignInSecurity {

    private final SignInThrottle throttle;
    private final IdentityService identity;

    SignInSecurity(SignInThrottle throttle, IdentityService identity) {
        this.throttle = throttle;
        this.identity = identity;
    }

    /** The latest failed sign-ins, newest first, with whether each account must wait now. */
    public List<FailedSignIn> recentFailures(StaffMember administrator, int limit) {
        checkAdministrator(administrator);
        return throttle.recentFailures(limit).stream()
                .map(f -> new FailedSignIn(
                        f.username(),
                        f.address(),
                        f.at(),
                        throttle.accountWaitsUntil(f.username()).orElse(null)))
                .toList();
    }

    /** Clears the account's failures (and the engine's count), so that it may sign in at once. */
    public void letSignInNow(StaffMember administrator, String username) {
        checkAdministrator(administrator);
        throttle.clear(username);
        if (identity.createUserQuery().userId(username).count() > 0) {
            identity.unlockUser(username);
        }
    }

    private static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new AccessDeniedException("Only administrators see failed sign-ins");
        }
    }

    /** A failed sign-in; {@code waitsUntil} is set while the account must wait. */
    public record FailedSignIn(String username, String address, Instant at, Instant waitsUntil) {}
}
