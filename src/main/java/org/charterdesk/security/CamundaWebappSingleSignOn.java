package org.charterdesk.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on for Cockpit, Tasklist and Admin: the webapps take the member of staff that Spring Security
 * has already signed in, so an administrator needs no second login. The filter runs after the security filter
 * chain, which lets only administrators through to the webapps.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthenticationFilter(
            CamundaBpmProperties camunda) {
        String path = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Charterdesk single sign-on for the Camunda webapps");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SpringSecurityUser.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(path + "/app/*", path + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Hands the webapps the user Spring Security signed in, with their groups from the identity store. */
    public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Optional<StaffMember> signedIn =
                    StaffPrincipals.memberOf(SecurityContextHolder.getContext().getAuthentication());
            if (signedIn.isEmpty()) {
                return AuthenticationResult.unsuccessful();
            }
            StaffMember member = signedIn.get();
            AuthenticationResult result = AuthenticationResult.successful(member.username());
            result.setGroups(
                    engine.getIdentityService().createGroupQuery().groupMember(member.username()).list().stream()
                            .map(Group::getId)
                            .toList());
            return result;
        }
    }
}
