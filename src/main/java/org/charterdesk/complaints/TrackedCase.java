package org.charterdesk.complaints;

import java.time.LocalDate;
import org.charterdesk.charter.ServiceRef;

/**
 * What a customer sees of their own case once they have proved it is theirs: where it is, when they will next hear,
 * the outcome so far, and whether they can still ask for stage 2.
 */
public record TrackedCase(
        String reference,
        CaseKind kind,
        ServiceRef service,
        Stage stage,
        CaseStatus status,
        String nextStep,
        LocalDate nextDue,
        Outcome outcome,
        String response,
        String apology,
        String remedy,
        boolean mayAskForStage2,
        LocalDate lastDayToAsk,
        String declineReason,
        boolean mayWithdraw) {}
