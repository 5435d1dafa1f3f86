package org.charterdesk.complaints.deadlines;

import org.charterdesk.complaints.CaseFile;
import org.springframework.modulith.NamedInterface;

/**
 * Who holds a case's open steps of the complaint procedure, for its at-risk and overdue warnings. The task lists
 * answer it from their own rows, which the engine's task events keep in the same transaction as the steps.
 */
@NamedInterface("deadlines")
public interface OpenStepHolders {

    /** The case's open complaint steps, by name, and who holds each: a person, or the teams it waits in. */
    StepHolders of(CaseFile caseFile);
}
