package org.charterdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in through the council's OpenID Connect provider, when one is configured
 * ({@code spring.security.oauth2.client.registration.*}): the sign-in page offers it, the session it makes is the
 * same one the workspace, the API and the Camunda webapps use, and signing out ends the session at the provider
 * too when the provider supports that.
 */
@Component
public class SingleSignOn {

    /** Where someone the provider signed in, but Charterdesk refused, is sent: the sign-in page says why. */
    public static final String REFUSED = "/login?refused";

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final StaffOidcUsers users;
    private final LocalAccountsProperties localAccounts;

    SingleSignOn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            StaffOidcUsers users,
            LocalAccountsProperties localAccounts) {
        this.registrations = registrations;
        this.users = users;
        this.localAccounts = localAccounts;
    }

    /** A way to sign in through a provider: the button's words and where it goes. */
    public record Provider(String label, String path) {}

    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(
                        "Sign in with " + registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }

    public boolean localAccounts() {
        return localAccounts.enabled();
    }

    /** Adds the provider's sign-in to a filter chain, if there is a provider. */
    public void applyTo(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler(SingleSignOn::refused));
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        LOG.warn("Sign-in through the council's provider refused: {}", e.getMessage());
        new SimpleUrlAuthenticationFailureHandler(REFUSED).onAuthenticationFailure(request, response, e);
    }

    /**
     * Signing out: at the provider too, then back to the sign-in page; empty when there is no provider. The redirect
     * strategy is the screen framework's, as signing out starts from a screen.
     */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler(RedirectStrategy redirects) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return Optional.empty();
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        handler.setRedirectStrategy(redirects);
        return Optional.of(handler);
    }
}
