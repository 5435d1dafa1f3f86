package org.charterdesk.complaints.steps;

import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;

/**
 * An open step of a case, with its kind and its case. When taken to be done ({@link CaseTasks#take}), its case stays
 * locked for the rest of the transaction.
 */
public record CaseStep(Task task, ComplaintStep step, CaseFile caseFile) {

    public String id() {
        return task.getId();
    }
}
