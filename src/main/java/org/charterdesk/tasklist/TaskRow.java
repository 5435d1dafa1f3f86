package org.charterdesk.tasklist;

import java.time.LocalDate;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;

/** A row of a task list: the step, its case, and how it stands against its charter deadline today. */
public record TaskRow(
        String taskId,
        String caseReference,
        String stepKey,
        String stepName,
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
        Long planId) {

    /** Whether this is a step of an action plan rather than of a complaint. */
    public boolean isPlanStep() {
        return planId != null;
    }
}
