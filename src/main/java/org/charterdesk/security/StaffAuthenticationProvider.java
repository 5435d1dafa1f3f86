package org.charterdesk.security;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.charterdesk.cluster.DatabaseOutages;
import org.charterdesk.cluster.DatabaseUnavailableException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the engine's identity store, which keeps passwords hashed. Repeated wrong
 * passwords, by account or from one address, are slowed down by {@link SignInThrottle}, before the password is even
 * checked; none locks an account for good.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final StaffDirectory directory;
    private final SignInThrottle throttle;
    private final LocalAccountsProperties localAccounts;
    private final StaffAccounts accounts;

    StaffAuthenticationProvider(
            IdentityService identity,
            StaffDirectory directory,
            SignInThrottle throttle,
            LocalAccountsProperties localAccounts,
            StaffAccounts accounts) {
        this.accounts = accounts;
        this.identity = identity;
        this.directory = directory;
        this.throttle = throttle;
        this.localAccounts = localAccounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return check(authentication);
        } catch (RuntimeException e) {
            // Not a wrong password: the database is away. Say so (503), rather than sending the caller to sign in.
            if (!(e instanceof AuthenticationException) && DatabaseOutages.isOutage(e)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    private Authentication check(Authentication authentication) {
        if (!localAccounts.enabled()) {
            throw new BadCredentialsException("Sign in with your council account: passwords are not used here");
        }
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null) {
            throw new BadCredentialsException("Wrong username or password");
        }
        String address = addressOf(authentication);
        throttle.checkAllowed(username, address);
        Optional<StaffMember> member =
                identity.checkPassword(username, credentials.toString()) ? directory.find(username) : Optional.empty();
        if (member.isEmpty()) {
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("Wrong username or password");
        }
        throttle.recordSuccess(username);
        accounts.checkEnabled(username);
        return UsernamePasswordAuthenticationToken.authenticated(
                member.get(), null, member.get().authorities());
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
