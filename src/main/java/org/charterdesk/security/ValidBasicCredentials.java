package org.charterdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches a request that carries HTTP Basic credentials that really sign in. Only such a request may change
 * something without the CSRF token: any other Authorization header (a bearer token, wrong Basic credentials) does not
 * excuse a request that rides on a browser session.
 */
final class ValidBasicCredentials implements RequestMatcher {

    private static final String CHECKED = ValidBasicCredentials.class.getName();

    private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();
    private final Supplier<AuthenticationManager> authentication;

    ValidBasicCredentials(Supplier<AuthenticationManager> authentication) {
        this.authentication = authentication;
        converter.setAuthenticationDetailsSource(new WebAuthenticationDetailsSource());
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        if (request.getAttribute(CHECKED) instanceof Boolean checked) {
            return checked;
        }
        boolean valid;
        try {
            UsernamePasswordAuthenticationToken credentials = converter.convert(request);
            valid = credentials != null
                    && authentication.get().authenticate(credentials).isAuthenticated();
        } catch (AuthenticationException e) {
            valid = false;
        }
        request.setAttribute(CHECKED, valid);
        return valid;
    }
}
