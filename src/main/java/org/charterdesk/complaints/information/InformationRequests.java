package org.charterdesk.complaints.information;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.CustomerLetters;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking the customer for more information, and their answer. While a case waits its status says so; the answer
 * (by the one-time link, the tracking page, or taken by staff) sends the case back to the officer who asked. Where
 * the charter stops the clock, the response deadline then moves on by the working days waited (see
 * {@link WaitingClock}).
 */
@Service
public class InformationRequests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LINK_NOT_VALID =
            "This link has already been used, or the complaint has moved on. Check your complaint on the tracking"
                    + " page.";

    private final CaseFileRepository cases;
    private final InformationRequestRepository requests;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final CustomerLetters letters;
    private final Deadlines deadlines;
    private final Attachments attachments;
    private final ComplaintProcessInstances processes;
    private final InputRules rules;
    private final StaffDirectory directory;
    private final Clock clock;

    InformationRequests(
            CaseFileRepository cases,
            InformationRequestRepository requests,
            CaseAccess access,
            CaseTimeline timeline,
            CustomerLetters letters,
            Deadlines deadlines,
            Attachments attachments,
            ComplaintProcessInstances processes,
            InputRules rules,
            StaffDirectory directory,
            Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.access = access;
        this.timeline = timeline;
        this.letters = letters;
        this.deadlines = deadlines;
        this.attachments = attachments;
        this.processes = processes;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    /** What a step's page needs to ask the customer, and the case's questions so far, newest first. */
    public record Asking(
            LocalDate usualAnswerDate,
            boolean customerHasEmail,
            PreferredContact preferred,
            List<Question> questions) {}

    /** For staff who may see the case: how to ask its customer, and what they were asked before. */
    @Transactional(readOnly = true)
    public Asking asking(String reference, StaffMember member) {
        CaseFile c = load(reference);
        String email = c.getCustomer().getEmail();
        return new Asking(
                deadlines.workingDaysFromToday(c.getTimescales().informationReplyDays()),
                email != null && !email.isBlank(),
                c.getCustomer().getPreferredContact(),
                of(c, member));
    }

    /**
     * Asks the customer, in the caller's transaction (the step that asks completes with it): checks the request,
     * writes to the customer the way the officer chose, and marks the case as waiting.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ask(CaseFile c, Stage stage, QuestionInput input, StaffMember member) {
        LocalDate today = deadlines.today();
        boolean noEmail =
                c.getCustomer().getEmail() == null || c.getCustomer().getEmail().isBlank();
        rules.check(input)
                .text("question", input == null ? null : input.question())
                .rule(dateOk(input, d -> !d.isAfter(today)), "answerBy", "Give the customer until a date after today")
                .rule(
                        dateOk(input, d -> d.isAfter(today.plusMonths(3))),
                        "answerBy",
                        "Ask for an answer within 3 months")
                .rule(
                        input != null && input.channel() == PreferredContact.EMAIL && noEmail,
                        "channel",
                        "The customer gave no email address: ask by post or phone")
                .orThrow();
        if (latest(c).filter(InformationRequest::isOpen).isPresent()) {
            throw new ProcedureConflictException("This case is already waiting for the customer");
        }
        String token = newToken();
        boolean clockStops = c.getTimescales().clockStopsWhileWaiting();
        requests.save(new InformationRequest(
                c.getId(), stage, input, member.username(), clock.instant(), today, clockStops, hash(token)));
        c.waitForCustomer();
        timeline.record(
                c,
                member.username(),
                EventType.INFORMATION_REQUESTED,
                "%s asked the customer by %s for more information by %s: %s. %s"
                        .formatted(
                                member.displayName(),
                                input.channel().displayName().toLowerCase(),
                                PlainDates.format(input.answerBy()),
                                input.question().strip(),
                                clockStops ? "The clock stops while we wait." : "The clock keeps running."));
        letters.informationRequested(c, input.question().strip(), input.answerBy(), token, input.channel(), clockStops);
    }

    /** The question behind a one-time link, while it can still be answered. */
    @Transactional(readOnly = true)
    public Optional<Question> byLink(String token) {
        return requests.findByTokenHash(hash(token))
                .filter(InformationRequest::isOpen)
                .map(r -> question(r, false));
    }

    /** The customer answers by the one-time link in the letter; the link then no longer works. */
    @Transactional
    public String answerByLink(String token, AnswerInput input, List<ReceivedFile> files) {
        rules.check(input).text("answer", input == null ? null : input.answer()).orThrow();
        InformationRequest request = requests.findByTokenHash(hash(token))
                .filter(InformationRequest::isOpen)
                .orElseThrow(() -> new ProcedureConflictException(LINK_NOT_VALID));
        CaseFile c = lock(request.getCaseId());
        answered(c, request, input, CaseEvent.CUSTOMER, AnswerHow.LINK, files);
        return c.getReference();
    }

    /** The customer answers on the tracking page, having proved the case is theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answerOnTrackingPage(CaseFile c, AnswerInput input, List<ReceivedFile> files) {
        rules.check(input).text("answer", input == null ? null : input.answer()).orThrow();
        InformationRequest request = latest(c)
                .filter(InformationRequest::isOpen)
                .orElseThrow(
                        () -> new ProcedureConflictException("We are not waiting for an answer on this complaint"));
        answered(c, request, input, CaseEvent.CUSTOMER, AnswerHow.TRACKING_PAGE, files);
    }

    /** Staff record an answer the customer gave by phone or by letter. */
    @Transactional
    public void answerTakenByStaff(String reference, AnswerInput input, AnswerHow how, StaffMember member) {
        rules.check(input)
                .text("answer", input == null ? null : input.answer())
                .rule(
                        how != AnswerHow.PHONE && how != AnswerHow.LETTER,
                        "how",
                        "Say whether it came by phone or letter")
                .orThrow();
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        InformationRequest request = latest(c)
                .filter(InformationRequest::isOpen)
                .orElseThrow(() -> new ProcedureConflictException("This case is not waiting for the customer"));
        answered(c, request, input, member.username(), how, List.of());
    }

    private void answered(
            CaseFile c,
            InformationRequest request,
            AnswerInput input,
            String by,
            AnswerHow how,
            List<ReceivedFile> files) {
        boolean late = request.getStatus() == InformationStatus.NO_ANSWER;
        request.answered(input.answer().strip(), clock.instant(), by, how);
        if (!files.isEmpty()) {
            attachments.keepFromCustomer(c, files);
        }
        timeline.record(
                c,
                by,
                EventType.CUSTOMER_ANSWERED,
                "The customer answered (" + how.displayName().toLowerCase() + "): "
                        + input.answer().strip());
        processes.customerAnswered(c.getReference(), request.getStage(), late);
    }

    /** The date passed with no answer: the officer who asked is given a step to decide. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noAnswer(String reference) {
        CaseFile c = load(reference);
        InformationRequest request = open(c);
        request.noAnswer();
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.NO_ANSWER,
                "No answer from the customer by %s: %s decides whether to carry on or close the complaint"
                        .formatted(
                                PlainDates.format(request.getAnswerDueOn()),
                                directory.displayName(request.getAskedBy())));
    }

    /** Who asked the case's open request, to decide what happens if no answer comes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String askedBy(String reference) {
        return open(load(reference)).getAskedBy();
    }

    /** The officer decides, with no answer: carry on without it, or close the complaint as withdrawn. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decideWithoutAnswer(CaseFile c, boolean carryOn, StaffMember member) {
        InformationRequest request = latest(c)
                .filter(r -> r.getStatus() == InformationStatus.NO_ANSWER)
                .orElseThrow(() -> new ProcedureConflictException("The customer's answer is not overdue"));
        request.decidedWithoutAnswer(carryOn);
        timeline.record(
                c,
                member.username(),
                EventType.NO_ANSWER,
                member.displayName()
                        + (carryOn
                                ? " decided to carry on without the customer's answer"
                                : " decided to close the complaint, as the customer did not answer"));
    }

    /** Closes the complaint as withdrawn for no answer, and writes to the customer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeForNoAnswer(String reference) {
        CaseFile c = load(reference);
        InformationRequest request = latest(c).orElseThrow();
        request.resumed(
                deadlines.today(), deadlines.workingDaysBetween(request.getAskedOn(), request.getAnswerDueOn()));
        c.close(CaseStatus.WITHDRAWN, clock.instant());
        for (DeadlineKind kind : DeadlineKind.values()) {
            deadlines.withdraw(c, kind);
        }
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.WITHDRAWN,
                "Closed as withdrawn: the customer did not answer by " + PlainDates.format(request.getAnswerDueOn()));
        letters.closedForNoAnswer(c, request.getAnswerDueOn());
    }

    /** A complaint withdrawn while it waited: its request can no longer be answered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelOpen(String reference) {
        latest(load(reference)).filter(InformationRequest::isOpen).ifPresent(InformationRequest::cancelled);
    }

    /** The date the open request's answer is due by. */
    @Transactional(readOnly = true)
    public LocalDate answerDueOn(String reference) {
        return open(load(reference)).getAnswerDueOn();
    }

    /** The requests of a case, newest first, for staff who may see it. */
    @Transactional(readOnly = true)
    public List<Question> of(CaseFile c, StaffMember member) {
        access.checkMaySee(member, c);
        return requests.findByCaseIdOrderByIdDesc(c.getId()).stream()
                .map(r -> question(r, true))
                .toList();
    }

    /** What the customer is asked, while the case waits for them (no staff names). */
    @Transactional(readOnly = true)
    public Optional<Question> waitingFor(CaseFile c) {
        return latest(c).filter(InformationRequest::isOpen).map(r -> question(r, false));
    }

    /** The mark a step shows in the task lists after the customer answered, or did not, at its stage. */
    @Transactional(readOnly = true)
    public Optional<String> markFor(CaseFile c, Stage stage) {
        return latest(c)
                .filter(r -> r.getStage() == stage && r.getResumedOn() != null)
                .map(r -> r.getStatus() == InformationStatus.ANSWERED
                        ? "The customer has answered"
                        : "No answer from the customer");
    }

    Optional<InformationRequest> latestOf(CaseFile c) {
        return latest(c);
    }

    InformationRequest resumable(CaseFile c) {
        return latest(c)
                .filter(r -> r.getResumedOn() == null
                        && (r.getStatus() == InformationStatus.ANSWERED
                                || r.getStatus() == InformationStatus.CARRIED_ON))
                .orElseThrow(() -> new ProcedureConflictException("Nothing to carry on from"));
    }

    private Question question(InformationRequest r, boolean forStaff) {
        return new Question(
                null,
                r.getStage(),
                r.getQuestion(),
                r.getChannel(),
                forStaff ? directory.displayName(r.getAskedBy()) : null,
                r.getAskedAt(),
                r.getAnswerDueOn(),
                r.isClockStops(),
                r.getStatus(),
                r.getAnswer(),
                r.getAnsweredAt(),
                r.getAnsweredHow(),
                r.getDaysWaited());
    }

    private InformationRequest open(CaseFile c) {
        return latest(c)
                .filter(InformationRequest::isOpen)
                .orElseThrow(() -> new ProcedureConflictException("This case is not waiting for the customer"));
    }

    private Optional<InformationRequest> latest(CaseFile c) {
        return requests.newestFirst(c.getId(), Limit.of(1)).stream().findFirst();
    }

    CaseFile load(String reference) {
        return cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }

    private CaseFile lock(Long caseId) {
        CaseFile c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
        return cases.lockByReference(c.getReference()).orElseThrow(() -> new CaseNotFoundException(c.getReference()));
    }

    private static boolean dateOk(QuestionInput input, Predicate<LocalDate> broken) {
        return input != null && input.answerBy() != null && broken.test(input.answerBy());
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
