package org.charterdesk.work;

/** The step is not open any more (someone has just done it, or the case moved on), or it never existed. */
public class StepNotFoundException extends RuntimeException {

    public StepNotFoundException() {
        super("That step is no longer open: someone has just done it");
    }
}
