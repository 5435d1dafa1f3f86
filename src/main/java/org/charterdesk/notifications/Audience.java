package org.charterdesk.notifications;

/** Who a notification is for. */
public enum Audience {
    /** The customer whose case it is; their contact details are read from the case when it is sent. */
    CUSTOMER,
    /** A member of staff, by username. */
    STAFF_MEMBER,
    /** Everyone in a group, by group id (a service's officers or managers). */
    STAFF_GROUP
}
