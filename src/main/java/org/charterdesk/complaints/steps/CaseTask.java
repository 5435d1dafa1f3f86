package org.charterdesk.complaints.steps;

import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;

/** An open step of a case, taken by a member of staff, with the case locked for the rest of the transaction. */
public record CaseTask(Task task, ComplaintStep step, CaseFile caseFile) {

    public String id() {
        return task.getId();
    }
}
