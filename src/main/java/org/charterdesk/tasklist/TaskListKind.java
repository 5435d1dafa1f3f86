package org.charterdesk.tasklist;

/** The lists of steps a member of staff can open. */
public enum TaskListKind {
    /** Steps the member holds. */
    MINE("My tasks"),
    /** Steps nobody holds yet, waiting in the member's teams. */
    TEAM("Team tasks"),
    /** Every open step of the services the member manages, with who holds it. */
    OVERVIEW("Team overview"),
    /** Decisions waiting on a manager of the member's services, held or not. */
    APPROVALS("Approvals");

    private final String displayName;

    TaskListKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
