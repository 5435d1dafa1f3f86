package org.charterdesk.complaints.steps;

/** The step is not open any more (done by someone else, or the case moved on), or it never existed. */
public class StepNotFoundException extends RuntimeException {

    public StepNotFoundException(String taskId) {
        super("That step is no longer open; it may have been done already");
    }
}
