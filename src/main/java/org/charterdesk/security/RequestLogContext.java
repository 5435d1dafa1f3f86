package org.charterdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in member of staff ({@code user}) in the log context of each request, after sign-in has been
 * checked, and clears it and the case ({@code case}, set when a case is opened or changed) when the request ends.
 * Customers are never named: their requests carry no user.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
public class RequestLogContext extends OncePerRequestFilter {

    /** The log context's key for the member of staff. */
    public static final String USER = "user";

    /** The log context's key for the case reference, the same key the engine uses for a process's business key. */
    public static final String CASE = "case";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StaffPrincipals.memberOf(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(member -> MDC.put(USER, member.username()));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(CASE);
        }
    }
}
