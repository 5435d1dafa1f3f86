package org.charterdesk.complaints;

/** The case is not at a point where that can be done (for example, asking for stage 2 before stage 1 ends). */
public class ProcedureConflictException extends IllegalStateException {

    public ProcedureConflictException(String message) {
        super(message);
    }
}
