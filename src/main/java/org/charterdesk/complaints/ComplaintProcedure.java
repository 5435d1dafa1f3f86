package org.charterdesk.complaints;

import java.time.Clock;
import java.time.LocalDate;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the complaints procedure does by itself as a case moves on: starting a stage, moving a deadline after an
 * approved extension, sending a decision, recording an apology, closing. Each is called from a service task of
 * the {@code complaint} process, inside the engine's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ComplaintProcedure {

    private final CaseFileRepository cases;
    private final StageDecisionRepository decisions;
    private final ExtensionRequestRepository extensions;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final CustomerLetters letters;
    private final CalendarProperties calendar;
    private final Clock clock;

    ComplaintProcedure(
            CaseFileRepository cases,
            StageDecisionRepository decisions,
            ExtensionRequestRepository extensions,
            Deadlines deadlines,
            CaseTimeline timeline,
            CustomerLetters letters,
            CalendarProperties calendar,
            Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.letters = letters;
        this.calendar = calendar;
        this.clock = clock;
    }

    public void startStage1(String reference) {
        CaseFile c = load(reference);
        c.startStage(Stage.STAGE_1);
        CaseDeadline first = deadlines.next(c).orElseThrow();
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.STAGE_STARTED,
                "Stage 1 (frontline response) started: "
                        + first.getKind().displayName().toLowerCase() + " due " + PlainDates.format(first.getDueOn()));
    }

    public void closeAsNotAComplaint(String reference) {
        CaseFile c = load(reference);
        deadlines.withdraw(c, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT);
        deadlines.withdraw(c, DeadlineKind.STAGE_1_RESPONSE);
        c.close(CaseStatus.NOT_A_COMPLAINT, clock.instant());
        MatterType matter = c.getMatterType();
        String reason = matter.displayName() + ", not a complaint. " + matter.whereToGo()
                + (c.getTriageNote() == null ? "" : " Note: " + c.getTriageNote());
        timeline.record(c, CaseEvent.SYSTEM, EventType.NOT_A_COMPLAINT, reason);
        letters.notAComplaint(c, matter.whereToGo(), reason);
    }

    /**
     * Starts stage 2, after an approved escalation (the clock started when the customer asked) or straight
     * from triage for a complex, serious or high-risk complaint (the clock started when it was received).
     */
    public void startStage2(String reference) {
        CaseFile c = load(reference);
        LocalDate startsOn = c.getStatus() == CaseStatus.ESCALATION_REQUESTED
                ? LocalDate.ofInstant(c.getEscalationRequestedAt(), calendar.zone())
                : c.getReceivedOn();
        boolean direct = c.getStatus() != CaseStatus.ESCALATION_REQUESTED;
        deadlines.withdraw(c, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT);
        deadlines.withdraw(c, DeadlineKind.STAGE_1_RESPONSE);
        c.startStage2(startsOn);
        CaseDeadline acknowledgement = deadlines.open(c, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT, startsOn);
        String response = "";
        if (!c.getTimescales().profile().stage2ResponseFromAcknowledgement()) {
            response = "; response due "
                    + PlainDates.format(deadlines
                            .open(c, DeadlineKind.STAGE_2_RESPONSE, startsOn)
                            .getDueOn());
        }
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.STAGE_STARTED,
                "Stage 2 (investigation) started"
                        + (direct ? " straight from triage" : " after the customer asked for it")
                        + ": acknowledgement due " + PlainDates.format(acknowledgement.getDueOn()) + response);
        letters.stage2Started(
                c,
                acknowledgement.getDueOn(),
                "Your complaint is now being investigated at stage 2; " + "we will acknowledge it by "
                        + PlainDates.format(acknowledgement.getDueOn()));
    }

    /** Applies the manager's approved extension to the response deadline of a stage. */
    public void moveResponseDeadline(String reference, Stage stage) {
        CaseFile c = load(reference);
        DeadlineKind kind = DeadlineKind.responseOf(stage);
        ExtensionRequest request = extensions
                .findFirstByCaseIdAndDeadlineKindAndStatusOrderByIdDesc(c.getId(), kind, ExtensionStatus.APPROVED)
                .filter(r -> !r.isApplied())
                .orElseThrow(() -> new ProcedureConflictException("There is no approved extension to apply"));
        LocalDate previous = deadlines.get(c, kind).getDueOn();
        CaseDeadline moved = deadlines.extend(c, kind, request.getExtraDays());
        request.applied(previous, moved.getDueOn());
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.DEADLINE_MOVED,
                "%s moved from %s to %s (%d more working days)"
                        .formatted(
                                kind.displayName(),
                                PlainDates.format(previous),
                                PlainDates.format(moved.getDueOn()),
                                request.getExtraDays()));
        letters.extensionApproved(
                c,
                request.getReason(),
                moved.getDueOn(),
                "We need more time: " + request.getReason() + ". You will now hear from us by "
                        + PlainDates.format(moved.getDueOn()));
    }

    /** Sends the stage's decision to the customer and completes the stage's response deadline. */
    public void sendDecision(String reference, Stage stage) {
        CaseFile c = load(reference);
        StageDecision decision = decisions
                .findByCaseIdAndStage(c.getId(), stage)
                .orElseThrow(
                        () -> new ProcedureConflictException("There is no " + stage.shortName() + " decision to send"));
        if (stage == Stage.STAGE_2 && decision.getSignedOffAt() == null) {
            throw new ProcedureConflictException("The stage 2 response must be signed off by a manager first");
        }
        decision.markSent(clock.instant());
        deadlines.complete(c, DeadlineKind.responseOf(stage));
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.DECISION_SENT,
                stage.shortName() + " decision sent to the customer: "
                        + decision.getOutcome().displayName());
        letters.decision(
                c,
                decision,
                stage == Stage.STAGE_1 ? lastDayToEscalate(c.getReference()) : null,
                stage.shortName() + " decision: " + decision.getOutcome().displayName());
    }

    public void recordApology(String reference, Stage stage) {
        CaseFile c = load(reference);
        StageDecision decision =
                decisions.findByCaseIdAndStage(c.getId(), stage).orElseThrow();
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.APOLOGY_GIVEN,
                "Apology given at " + stage.shortName()
                        + (decision.getRemedy() == null ? "" : "; remedy: " + decision.getRemedy()));
    }

    public void close(String reference) {
        CaseFile c = load(reference);
        c.close(CaseStatus.CLOSED, clock.instant());
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.CLOSED,
                "Closed at " + c.getStage().shortName());
        letters.closed(c);
    }

    /** The manager declined the request for stage 2: the customer is told why and where to go next. */
    public void declineEscalation(String reference) {
        CaseFile c = load(reference);
        deadlines.complete(c, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT);
        c.restoreClosedAfterDeclinedEscalation();
        letters.escalationDeclined(
                c,
                c.getEscalationDeclineReason(),
                "Your request for stage 2 was declined: " + c.getEscalationDeclineReason());
    }

    /**
     * The customer withdrew the complaint (or staff recorded that they did): it closes as withdrawn wherever it
     * was, its open deadlines are withdrawn, and the customer gets a letter saying so.
     */
    public void closeAsWithdrawn(String reference, String by, String reason) {
        CaseFile c = load(reference);
        c.close(CaseStatus.WITHDRAWN, clock.instant());
        for (DeadlineKind kind : DeadlineKind.values()) {
            deadlines.withdraw(c, kind);
        }
        timeline.record(
                c,
                by,
                EventType.WITHDRAWN,
                (CaseEvent.CUSTOMER.equals(by)
                                ? "The customer withdrew the complaint"
                                : "Withdrawn, as the customer asked")
                        + (reason == null || reason.isBlank() ? "" : ": " + reason));
        letters.withdrawn(c);
    }

    public void escalationWindowClosed(String reference) {
        CaseFile c = load(reference);
        timeline.record(
                c, CaseEvent.SYSTEM, EventType.ESCALATION_WINDOW_CLOSED, "The time to ask for stage 2 has passed");
    }

    /** The last day on which the customer may ask for stage 2. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LocalDate lastDayToEscalate(String reference) {
        CaseFile c = load(reference);
        StageDecision decision = decisions
                .findByCaseIdAndStage(c.getId(), Stage.STAGE_1)
                .filter(d -> d.getSentAt() != null)
                .orElseThrow(() -> new ProcedureConflictException("The stage 1 decision has not been sent"));
        return LocalDate.ofInstant(decision.getSentAt(), calendar.zone())
                .plusMonths(c.getTimescales().escalationWindowMonths());
    }

    private CaseFile load(String reference) {
        return cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
