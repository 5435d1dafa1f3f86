package org.charterdesk.tasklist;

import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;

/**
 * What narrows a task list: one service, one stage, how the step stands against its deadline, and a reference
 * or customer name to search for. Any of them may be left empty.
 */
public record TaskListFilter(String serviceCode, Stage stage, CharterFlag status, String search) {

    public static TaskListFilter none() {
        return new TaskListFilter(null, null, null, null);
    }
}
