package org.charterdesk.complaints.steps;

import java.time.Instant;
import java.util.List;
import org.charterdesk.complaints.Outcome;

/**
 * What someone working a complaint at stage 2 needs from before: why the customer asked for stage 2 (in their own
 * words), the stage 1 decision and who made it, the points agreed for investigation, and the letters sent so far.
 */
public record StageTwoContext(
        String customerReasons,
        StageOneDecision stageOne,
        List<String> agreedPoints,
        String agreedOutcome,
        List<EarlierLetter> letters,
        String sameHandlerWarning) {

    public StageTwoContext {
        agreedPoints = List.copyOf(agreedPoints);
        letters = List.copyOf(letters);
    }

    /** The stage 1 decision as the customer was told it; null fields were not given. */
    public record StageOneDecision(
            Outcome outcome,
            String response,
            String apology,
            String remedy,
            String learning,
            String decidedBy,
            Instant sentAt) {}

    /** A letter or email written to the customer: when, what about, and its words. */
    public record EarlierLetter(Instant writtenAt, String subject, String text) {}
}
