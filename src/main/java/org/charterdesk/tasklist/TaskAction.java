package org.charterdesk.tasklist;

/** What a member of staff may do with a step from a task list; the server checks each again when it is done. */
public enum TaskAction {
    CLAIM,
    OPEN,
    GIVE_BACK,
    REASSIGN
}
