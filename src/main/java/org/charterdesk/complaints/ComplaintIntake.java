package org.charterdesk.complaints;

import static org.charterdesk.validation.InputRules.stripToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.charterdesk.complaints.restrictions.IntakeRestrictionRule;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives complaints, compliments and comments from any channel. A complaint gets its reference, the
 * timescales of the charter as they stand today, its first deadline, an acknowledgement in the outbox and a
 * running complaint process, all in one transaction: if any of it fails, none of it is kept.
 */
@Service
public class ComplaintIntake {

    private static final Duration OLDEST_RECEIPT = Duration.ofDays(366);

    private final InputRules rules;
    private final Charter charter;
    private final CaseReferences references;
    private final CaseFileRepository cases;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final CustomerLetters letters;
    private final ComplaintProcessInstances process;
    private final CalendarProperties calendar;
    private final IntakeProperties intakeProperties;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final Attachments attachments;

    private final ObjectProvider<IntakeRestrictionRule> restrictionRule;

    ComplaintIntake(
            InputRules rules,
            Charter charter,
            CaseReferences references,
            CaseFileRepository cases,
            CaseTimeline timeline,
            Deadlines deadlines,
            CustomerLetters letters,
            ComplaintProcessInstances process,
            CalendarProperties calendar,
            IntakeProperties intakeProperties,
            Clock clock,
            IntakeMetrics metrics,
            Attachments attachments,
            ObjectProvider<IntakeRestrictionRule> restrictionRule) {
        this.restrictionRule = restrictionRule;
        this.metrics = metrics;
        this.attachments = attachments;
        this.rules = rules;
        this.charter = charter;
        this.references = references;
        this.cases = cases;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.letters = letters;
        this.process = process;
        this.calendar = calendar;
        this.intakeProperties = intakeProperties;
        this.clock = clock;
    }

    /**
     * Records a new case. {@code staff} is the member of staff logging it, or empty for the public web form,
     * which may not backdate a case or triage it.
     */
    @Transactional
    public CaseFile receive(NewCase input, Optional<StaffMember> staff) {
        return receive(input, staff, Language.ENGLISH);
    }

    /** Records a new case, as {@link #receive(NewCase, Optional)}, for a customer who reads {@code language}. */
    @Transactional
    public CaseFile receive(NewCase input, Optional<StaffMember> staff, Language language) {
        Instant now = clock.instant();
        CouncilService service = check(input, staff, now);
        CaseFile newCase = newCaseFile(input, service, staff, now);
        newCase.speaks(language);
        newCase.namePromiseNotKept(input.promiseNotKept());
        CaseFile caseFile = cases.save(newCase);
        timeline.record(
                caseFile,
                staff.map(StaffMember::username).orElse(CaseEvent.CUSTOMER),
                EventType.RECEIVED,
                "%s received by %s for %s%s%s"
                        .formatted(
                                caseFile.getKind().displayName(),
                                caseFile.getChannel().displayName().toLowerCase(),
                                service.getName(),
                                staff.map(s -> ", logged by " + s.displayName()).orElse(""),
                                lateNote(input) + promiseNote(input)));
        if (caseFile.getKind() != CaseKind.COMPLAINT) {
            caseFile.close(CaseStatus.RECORDED, now);
            letters.thanked(caseFile);
        } else {
            startComplaint(caseFile, input.triage());
        }
        metrics.received(caseFile);
        return caseFile;
    }

    /**
     * Checks a contact by every rule {@link #receive} applies, and keeps nothing: for a form's "Check your answers"
     * page. The exception it throws, as {@link #receive} would, names every field that is wrong.
     */
    @Transactional(readOnly = true)
    public void checkBeforeSending(NewCase input, Optional<StaffMember> staff) {
        check(input, staff, clock.instant());
    }

    /** How many days after it arrived a contact counts as logged late. */
    public long lateLoggingLimitDays() {
        return intakeProperties.lateLoggingLimit().toDays();
    }

    private String promiseNote(NewCase input) {
        return input.promiseNotKept() == null
                ? ""
                : charter.promise(input.promiseNotKept())
                        .map(p -> ". The customer says we did not keep our promise '" + p.name() + "'")
                        .orElse("");
    }

    private static String lateNote(NewCase input) {
        String reason = stripToNull(input.lateLoggingReason());
        return reason == null ? "" : ". Logged late because: " + reason;
    }

    /** Records a new case as {@link #receive} does, and says what the person who sent or logged it should know. */
    @Transactional
    public Receipt log(NewCase input, Optional<StaffMember> staff) {
        return log(input, staff, Language.ENGLISH);
    }

    /** Records a new case from a customer who reads {@code language}, and says what they should know. */
    @Transactional
    public Receipt log(NewCase input, Optional<StaffMember> staff, Language language) {
        return log(input, staff, language, List.of());
    }

    /**
     * Records a new case with the files the customer sent (already checked, see {@link Attachments#receive}): the
     * case and its files are kept together, or neither.
     */
    @Transactional
    public Receipt log(NewCase input, Optional<StaffMember> staff, Language language, List<ReceivedFile> files) {
        attachments.checkCount(files.size());
        checkBeforeSending(input, staff);
        // Through a provider: the rule keeps contacts with FurtherContacts, which checks them with this service.
        Optional<CaseFile> kept = restrictionRule.getObject().keptOnDecidedComplaint(input, staff);
        if (kept.isPresent()) {
            if (!files.isEmpty()) {
                attachments.keepFromCustomer(kept.get(), files);
            }
            // Whoever typed the customer's email address on the public form is not told their case's reference.
            return new Receipt(
                    staff.isPresent() ? kept.get().getReference() : null,
                    CaseKind.COMPLAINT,
                    new ServiceRef(
                            kept.get().getService().getCode(),
                            kept.get().getService().getName()),
                    null,
                    true);
        }
        CaseFile c = receive(input, staff, language);
        if (!files.isEmpty()) {
            attachments.keepFromCustomer(c, files);
        }
        return new Receipt(
                c.getReference(),
                c.getKind(),
                new ServiceRef(c.getService().getCode(), c.getService().getName()),
                deadlines.next(c).map(CasePage.NextDue::of).orElse(null),
                false);
    }

    /** A case just received: its reference, and the step it now waits on with its due date, if any. */
    /**
     * {@code addedToDecidedComplaint}: the contact was kept on the customer's decided complaint, as a restriction on
     * their contact says, rather than opened as a new case; {@code reference} is then that complaint's for staff, and
     * null on the public form (it would tell anyone who typed the customer's email address).
     */
    public record Receipt(
            String reference,
            CaseKind kind,
            ServiceRef service,
            CasePage.NextDue nextDue,
            boolean addedToDecidedComplaint) {

        public String serviceName() {
            return service.name();
        }
    }

    private CaseFile newCaseFile(NewCase input, CouncilService service, Optional<StaffMember> staff, Instant now) {
        CaseKind kind = input.kindOrDefault();
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, calendar.zone());
        NewCase.CustomerDetails details = input.customer();
        Customer customer = new Customer(
                stripToNull(details.name()),
                stripToNull(details.email()),
                stripToNull(details.phone()),
                stripToNull(details.address()),
                details.contactOrDefault(),
                stripToNull(details.supportNeeds()));
        return new CaseFile(
                references.next(kind, receivedOn),
                kind,
                staff.isPresent() ? input.channel() : Channel.WEB,
                service,
                customer,
                input.whatHappened().strip(),
                stripToNull(input.outcomeSought()),
                receivedAt,
                receivedOn,
                staff.map(StaffMember::username).orElse(null),
                charter.timescalesFor(service, receivedOn),
                now);
    }

    /** Triage facts as given, the first stage 1 deadline, the acknowledgement letter, and the process. */
    private void startComplaint(CaseFile caseFile, NewCase.TriageFacts triage) {
        if (triage != null) {
            caseFile.recordTriage(
                    triage.matterType(),
                    triage.complex(),
                    triage.serious(),
                    triage.highRisk(),
                    stripToNull(triage.note()));
        }
        DeadlineKind first = caseFile.getTimescales().profile().acknowledgesAtStage1()
                ? DeadlineKind.STAGE_1_ACKNOWLEDGEMENT
                : DeadlineKind.STAGE_1_RESPONSE;
        var deadline = deadlines.open(caseFile, first, caseFile.getReceivedOn());
        letters.received(caseFile, first.displayName().toLowerCase(), deadline.getDueOn());
        process.start(caseFile);
    }

    /** Checks every rule at once, so that the caller hears about every bad field; returns the service. */
    private CouncilService check(NewCase input, Optional<StaffMember> staff, Instant now) {
        InputRules.Check check = rules.check(input);
        if (input == null) {
            check.orThrow();
        }
        Optional<CouncilService> service = charter.findService(input.service());
        check.rule(
                stripToNull(input.service()) != null && service.isEmpty(),
                "service",
                "There is no service '" + input.service() + "'; choose one of the council's services");
        check.rule(
                service.filter(CouncilService::isRetired).isPresent(),
                "service",
                "That service no longer takes new contacts; choose the service that does this work now");
        if (input.customer() != null) {
            checkContactDetails(check, input.customer());
        }
        checkWhatOnlyStaffGive(check, input, staff.isPresent());
        staff.ifPresent(member -> service.ifPresent(s -> checkMayLog(check, input, member, s, now)));
        check.rule(
                        input.receivedAt() != null && input.receivedAt().isAfter(now),
                        "receivedAt",
                        "The date received cannot be in the future")
                .rule(
                        input.receivedAt() != null && input.receivedAt().isBefore(now.minus(OLDEST_RECEIPT)),
                        "receivedAt",
                        "The date received cannot be more than a year ago")
                .rule(
                        input.kindOrDefault() != CaseKind.COMPLAINT && input.triage() != null,
                        "triage",
                        "Only complaints are triaged")
                .rule(
                        input.promiseNotKept() != null
                                && (input.kindOrDefault() != CaseKind.COMPLAINT
                                        || service.isPresent()
                                                && charter
                                                        .promisesOf(
                                                                service.get().getCode())
                                                        .stream()
                                                        .noneMatch(p ->
                                                                p.lineageId().equals(input.promiseNotKept()))),
                        "promiseNotKept",
                        "Choose one of the promises listed for this service, or none");
        check.orThrow();
        return service.orElseThrow();
    }

    /**
     * Staff log contacts for their own services (customer services for every service); one received longer ago
     * than the late-logging limit only a manager of the service may log, saying why.
     */
    private void checkMayLog(
            InputRules.Check check, NewCase input, StaffMember member, CouncilService service, Instant now) {
        String code = service.getCode();
        boolean mayLog = member.mayLogContactsFor(code);
        check.rule(!mayLog, "service", "You can log contacts only for the services you work in");
        boolean late = input.receivedAt() != null
                && input.receivedAt().isBefore(now.minus(intakeProperties.lateLoggingLimit()));
        long days = intakeProperties.lateLoggingLimit().toDays();
        check.rule(
                        mayLog && late && !member.isManagerOf(code),
                        "receivedAt",
                        "Only a manager of " + service.getName() + " can log a contact received more than " + days
                                + " days ago")
                .rule(
                        mayLog && late && stripToNull(input.lateLoggingReason()) == null,
                        "lateLoggingReason",
                        "Say why a contact received more than " + days + " days ago is logged only now");
    }

    /** The way the customer asked to be contacted needs its details. */
    private static void checkContactDetails(InputRules.Check check, NewCase.CustomerDetails customer) {
        PreferredContact contact = customer.contactOrDefault();
        check.rule(
                        contact == PreferredContact.EMAIL && stripToNull(customer.email()) == null,
                        "customer.email",
                        "Give an email address, as you would like us to contact you by email")
                .rule(
                        contact == PreferredContact.PHONE && stripToNull(customer.phone()) == null,
                        "customer.phone",
                        "Give a phone number, as you would like us to contact you by phone")
                .rule(
                        contact == PreferredContact.POST && stripToNull(customer.address()) == null,
                        "customer.address",
                        "Give a postal address, as you would like us to contact you by post");
    }

    /** The date received, the channel and triage come from staff; the web form is always a web contact. */
    private static void checkWhatOnlyStaffGive(InputRules.Check check, NewCase input, boolean isStaff) {
        check.rule(
                        !isStaff && input.receivedAt() != null,
                        "receivedAt",
                        "Only council staff can give the date a contact was received")
                .rule(!isStaff && input.triage() != null, "triage", "Only council staff can triage a contact")
                .rule(
                        !isStaff && input.channel() != null && input.channel() != Channel.WEB,
                        "channel",
                        "Contacts sent through the website are recorded as web contacts")
                .rule(
                        isStaff && input.channel() == null,
                        "channel",
                        "Say how the contact reached us: web, email, phone, letter, face to face or social media");
    }
}
