package org.charterdesk.workspace.tasks;

import org.charterdesk.tasklist.TaskRow;

/** Where a task list's row leads: the page of what the step is about, and the page where it is worked. */
public final class TaskLinks {

    private TaskLinks() {}

    /** The page of the case, or of the plan, the step belongs to. */
    public static String subject(TaskRow row) {
        if (row.isOtherStep()) {
            return row.subjectPath();
        }
        return row.isPlanStep() ? "plans/" + row.planId() : "cases/" + row.caseReference();
    }

    /** Where the step is done: a plan's steps on the plan's page, a case's on the step's own page. */
    public static String workPlace(TaskRow row) {
        if (row.isOtherStep()) {
            return row.subjectPath();
        }
        return row.isPlanStep() ? "plans/" + row.planId() : "steps/" + row.taskId();
    }
}
