package org.charterdesk.complaints;

import java.util.EnumSet;
import java.util.Set;

public enum CaseStatus {
    RECEIVED("Received", false),
    IN_PROGRESS("In progress", false),
    ESCALATION_REQUESTED("Asked for stage 2", false),
    WAITING_FOR_CUSTOMER("Waiting for the customer", false),
    CLOSED("Closed", true),
    NOT_A_COMPLAINT("Closed: not a complaint", true),
    RECORDED("Recorded", true),
    WITHDRAWN("Withdrawn", true);

    private final String displayName;
    private final boolean finished;

    CaseStatus(String displayName, boolean finished) {
        this.displayName = displayName;
        this.finished = finished;
    }

    public String displayName() {
        return displayName;
    }

    public boolean finished() {
        return finished;
    }

    /** The statuses of a case still being dealt with. */
    public static Set<CaseStatus> open() {
        Set<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : values()) {
            if (!status.finished) {
                open.add(status);
            }
        }
        return open;
    }
}
