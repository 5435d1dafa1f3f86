package org.charterdesk.security;

/**
 * Who did something, as the timelines and histories record it: a member of staff's username, or one of these two
 * for what the customer did and what the procedure did by itself (timers, automatic steps).
 */
public final class Actors {

    /** The actor for what the customer did. */
    public static final String CUSTOMER = "customer";
    /** The actor for what the procedure did by itself. */
    public static final String SYSTEM = "system";

    private Actors() {}
}
