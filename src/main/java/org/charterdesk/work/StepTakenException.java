package org.charterdesk.work;

/** Someone else holds the step (they took it first). */
public class StepTakenException extends RuntimeException {

    private final String holder;

    public StepTakenException(String stepName, String holder) {
        super(holder + " has already taken '" + stepName + "'");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
