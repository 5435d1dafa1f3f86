package org.charterdesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the engine's identity store, which keeps passwords salted and hashed
 * and locks an account for a growing time after repeated wrong passwords.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final StaffDirectory directory;

    StaffAuthenticationProvider(IdentityService identity, StaffDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null
                || username.isBlank()
                || credentials == null
                || !identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Wrong username or password");
        }
        StaffMember member =
                directory.find(username).orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
        return UsernamePasswordAuthenticationToken.authenticated(member, null, member.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
