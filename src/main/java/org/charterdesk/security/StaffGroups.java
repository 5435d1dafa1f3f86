package org.charterdesk.security;

import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Group naming. Users and groups live in the process engine's identity store, the one source of truth that
 * the workspace, the API and the Camunda webapps share. A service's officers are in {@code <code>-officers},
 * its managers in {@code <code>-managers}.
 */
public final class StaffGroups {

    /** Camunda's administrator group: full access to Cockpit and Admin, and the administrator role here. */
    public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

    /** Customer services: log contacts and triage for every service. */
    public static final String INTAKE = "intake";

    /** The customer focus group and corporate lead: reports on every service, without opening cases. */
    public static final String CORPORATE = "corporate";

    private static final String OFFICERS_SUFFIX = "-officers";
    private static final String MANAGERS_SUFFIX = "-managers";

    private StaffGroups() {}

    public static String officers(String serviceCode) {
        return serviceCode + OFFICERS_SUFFIX;
    }

    public static String managers(String serviceCode) {
        return serviceCode + MANAGERS_SUFFIX;
    }

    public static Optional<String> serviceOfOfficers(String groupId) {
        return suffixed(groupId, OFFICERS_SUFFIX);
    }

    public static Optional<String> serviceOfManagers(String groupId) {
        return suffixed(groupId, MANAGERS_SUFFIX);
    }

    private static Optional<String> suffixed(String groupId, String suffix) {
        return groupId.endsWith(suffix) && groupId.length() > suffix.length()
                ? Optional.of(groupId.substring(0, groupId.length() - suffix.length()))
                : Optional.empty();
    }
}
