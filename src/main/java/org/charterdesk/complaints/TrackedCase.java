package org.charterdesk.complaints;

import java.time.LocalDate;
import java.util.List;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.attachments.FileOnCase;

/**
 * What a customer sees of their own case once they have proved it is theirs: where it is, when they will next hear,
 * the outcome so far, whether they can still ask for stage 2, and the files they sent (and whether they can send more).
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
        boolean mayWithdraw,
        List<FileOnCase> files,
        boolean mayAttach,
        /** What we asked the customer for, while we wait for their answer; null otherwise. */
        String question,
        LocalDate answerBy,
        /** The ombudsman looking at the complaint, while it is; null otherwise. */
        String ombudsman) {}
