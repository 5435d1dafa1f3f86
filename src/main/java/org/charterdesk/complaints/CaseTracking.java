package org.charterdesk.complaints;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.FileDownload;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.information.AnswerInput;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.Question;
import org.charterdesk.complaints.ombudsman.OmbudsmanCases;
import org.charterdesk.security.WrongGuesses;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's own view of a case, with no login: nothing is shown unless the reference matches, and so does the
 * email address, phone number or postcode the customer gave (so that customers who asked for calls or letters can
 * check too). Repeated wrong guesses from one caller, or at one case, are refused for a while.
 */
@Service
public class CaseTracking {

    private final CaseFileRepository cases;
    private final Deadlines deadlines;
    private final StageDecisionRepository decisions;
    private final ComplaintProcedure procedure;
    private final EscalationRequests escalations;
    private final WrongGuesses guesses;
    private final InputRules rules;
    private final AuditLog audit;
    private final Withdrawals withdrawals;
    private final Attachments attachments;
    private final InformationRequests information;
    private final OmbudsmanCases ombudsman;

    CaseTracking(
            InformationRequests information,
            OmbudsmanCases ombudsman,
            CaseFileRepository cases,
            Deadlines deadlines,
            StageDecisionRepository decisions,
            ComplaintProcedure procedure,
            EscalationRequests escalations,
            WrongGuesses guesses,
            InputRules rules,
            AuditLog audit,
            Withdrawals withdrawals,
            Attachments attachments) {
        this.attachments = attachments;
        this.information = information;
        this.ombudsman = ombudsman;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.cases = cases;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.procedure = procedure;
        this.escalations = escalations;
        this.guesses = guesses;
        this.rules = rules;
    }

    /**
     * The case, if the reference matches and {@code proof} is the customer's email address, phone number or
     * postcode; {@link CaseNotFoundException} (and a counted guess) if not.
     */
    @Transactional(readOnly = true)
    public TrackedCase find(String reference, String proof, String caller) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(Locale.UK);
        rules.check(new Object())
                .text("reference", reference)
                .text("proof", proof)
                .orThrow();
        guesses.checkAllowed(caller, ref);
        Optional<CaseFile> found = cases.findByReference(ref)
                .filter(c -> proof != null && c.getCustomer().isKnownBy(proof.strip()));
        if (found.isEmpty()) {
            guesses.recordFailure(caller, ref);
            throw new CaseNotFoundException(ref.isEmpty() ? "with that reference" : ref);
        }
        audit.recordAccess(CaseEvent.CUSTOMER, AuditAction.VIEWED, ref, "Tracking page");
        return view(found.get());
    }

    /** The customer withdraws the complaint, proving it is theirs as {@link #find} does. */
    @Transactional
    public TrackedCase withdraw(String reference, String proof, WithdrawalInput input, String caller) {
        find(reference, proof, caller);
        String ref = reference.strip().toUpperCase(Locale.UK);
        withdrawals.byProvenCustomer(ref, input);
        return view(cases.findByReference(ref).orElseThrow(() -> new CaseNotFoundException(ref)));
    }

    /** The customer asks for stage 2, proving the complaint is theirs as {@link #find} does. */
    @Transactional
    public TrackedCase askForStage2(String reference, String proof, String reason, String caller) {
        find(reference, proof, caller);
        return view(escalations.requestByProvenCustomer(reference.strip().toUpperCase(Locale.UK), reason));
    }

    /** The customer sends more files (already checked), proving the case is theirs as {@link #find} does. */
    @Transactional
    public TrackedCase attach(String reference, String proof, List<ReceivedFile> files, String caller) {
        find(reference, proof, caller);
        String ref = reference.strip().toUpperCase(Locale.UK);
        CaseFile c = cases.lockByReference(ref).orElseThrow(() -> new CaseNotFoundException(ref));
        if (!mayAttach(c)) {
            throw new ProcedureConflictException("This case is closed, so it cannot take more files.");
        }
        attachments.keepFromCustomer(c, files);
        return view(c);
    }

    /** The customer answers our request for information, proving the case is theirs as {@link #find} does. */
    @Transactional
    public TrackedCase answer(
            String reference, String proof, AnswerInput input, List<ReceivedFile> files, String caller) {
        find(reference, proof, caller);
        String ref = reference.strip().toUpperCase(Locale.UK);
        CaseFile c = cases.lockByReference(ref).orElseThrow(() -> new CaseNotFoundException(ref));
        information.answerOnTrackingPage(c, input, files);
        return view(c);
    }

    /** One of the files the customer sent, proving the case is theirs as {@link #find} does. */
    @Transactional(readOnly = true)
    public FileDownload download(String reference, String proof, long id, String caller) {
        find(reference, proof, caller);
        String ref = reference.strip().toUpperCase(Locale.UK);
        return attachments.downloadForCustomer(
                cases.findByReference(ref).orElseThrow(() -> new CaseNotFoundException(ref)), id);
    }

    private static boolean mayAttach(CaseFile c) {
        return c.getClosedAt() == null;
    }

    private TrackedCase view(CaseFile c) {
        Optional<CaseDeadline> next = deadlines.next(c);
        Optional<StageDecision> decision = decisions.findByCaseIdOrderByStage(c.getId()).stream()
                .filter(d -> d.getSentAt() != null)
                .max(Comparator.comparing(StageDecision::getStage));
        boolean mayAsk = escalations.whyNot(c).isEmpty();
        Optional<Question> waiting = information.waitingFor(c);
        return new TrackedCase(
                c.getReference(),
                c.getKind(),
                new ServiceRef(c.getService().getCode(), c.getService().getName()),
                c.getStage(),
                c.getStatus(),
                next.map(d -> d.getKind().displayName()).orElse(null),
                next.map(CaseDeadline::getDueOn).orElse(null),
                decision.map(StageDecision::getOutcome).orElse(null),
                decision.map(StageDecision::getResponse).orElse(null),
                decision.map(StageDecision::getApology).orElse(null),
                decision.map(StageDecision::getRemedy).orElse(null),
                mayAsk,
                mayAsk ? procedure.lastDayToEscalate(c.getReference()) : null,
                c.getEscalationDeclineReason(),
                withdrawals.whyNot(c).isEmpty(),
                attachments.sentByCustomer(c),
                mayAttach(c),
                waiting.map(Question::question).orElse(null),
                waiting.map(Question::answerDueOn).orElse(null),
                ombudsman.lookingAt(c).orElse(null));
    }
}
