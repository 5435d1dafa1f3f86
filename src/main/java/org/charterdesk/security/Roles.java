package org.charterdesk.security;

/** Role names for {@code @RolesAllowed} and request rules (Spring adds the ROLE_ prefix). */
public final class Roles {

    /** Anyone signed in as council staff. */
    public static final String STAFF = "STAFF";

    public static final String OFFICER = "OFFICER";
    public static final String MANAGER = "MANAGER";
    /** Customer services: intake for every service. */
    public static final String INTAKE = "INTAKE";

    public static final String ADMIN = "ADMIN";
    /** The customer focus group and corporate lead: the charter, the reports to committee, for every service. */
    public static final String CORPORATE = "CORPORATE";

    private Roles() {}
}
