package org.charterdesk.complaints.deadlines;

import org.springframework.modulith.NamedInterface;

@NamedInterface("deadlines")
public enum DeadlineStatus {
    /** The step is still to be done. */
    OPEN,
    /** The step was done; whether in time is {@code completedOn <= dueOn}. */
    COMPLETED,
    /** The step no longer applies (the case went another way). */
    WITHDRAWN
}
