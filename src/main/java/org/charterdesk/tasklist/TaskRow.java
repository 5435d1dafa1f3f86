package org.charterdesk.tasklist;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;

/**
 * A row of a task list: the step, its case (or plan), how it stands against its deadline today, and what the member
 * of staff the list was read for may do with it.
 */
public record TaskRow(
        String taskId,
        String caseReference,
        String stepKey,
        String stepName,
        /** A mark on the step, e.g. "The customer has answered"; null for none. */
        String note,
        String serviceCode,
        String serviceName,
        Stage stage,
        String customerName,
        LocalDate receivedOn,
        LocalDate dueOn,
        Integer workingDaysLeft,
        CharterFlag status,
        String assignee,
        String assigneeName,
        Long planId,
        /** Where a step of another process (a scorecard return) is worked; null for complaints and plans. */
        String subjectPath,
        Set<TaskAction> actions) {

    public TaskRow {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    /** Whether this is a step of an action plan rather than of a complaint. */
    public boolean isPlanStep() {
        return planId != null;
    }

    /** Whether this is a step of neither a complaint nor a plan, worked on the page at {@link #subjectPath}. */
    public boolean isOtherStep() {
        return subjectPath != null;
    }

    public boolean offers(TaskAction action) {
        return actions.contains(action);
    }
}
