package org.charterdesk.workspace;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A browser asking for a page that is not there (a mistyped or old address): let through without sign-in, so that
 * the public see "Page not found" in the public pages rather than the staff sign-in page. Only plain page addresses
 * that match none of the application's pages; the API, the Camunda webapps and files are left to their own rules.
 */
final class UnknownPages implements RequestMatcher {

    private static final Pattern PAGE_ADDRESS = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9/_-]*");
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/camunda/", "/actuator/", "/VAADIN/", "/HEARTBEAT", "/oauth2/", "/login", "/logout");

    private final ServletContext servletContext;

    UnknownPages(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!HttpMethod.GET.matches(request.getMethod())
                || !PAGE_ADDRESS.matcher(path).matches()
                || NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        return !routes.getNavigationRouteTarget(path.substring(1)).hasTarget();
    }
}
