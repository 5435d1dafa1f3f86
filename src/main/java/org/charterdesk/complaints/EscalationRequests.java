package org.charterdesk.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer who is still unhappy after the stage 1 decision asks for stage 2 (staff may record the request for
 * them). The stage 2 acknowledgement clock starts on the day they ask; a manager then decides.
 */
@Service
public class EscalationRequests {

    private final InputRules rules;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final ComplaintProcessInstances process;
    private final ComplaintProcedure procedure;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final CalendarProperties calendar;
    private final CouncilProperties council;
    private final Clock clock;

    EscalationRequests(
            InputRules rules,
            CaseFileRepository cases,
            CaseAccess access,
            ComplaintProcessInstances process,
            ComplaintProcedure procedure,
            Deadlines deadlines,
            CaseTimeline timeline,
            CalendarProperties calendar,
            CouncilProperties council,
            Clock clock) {
        this.rules = rules;
        this.cases = cases;
        this.access = access;
        this.process = process;
        this.procedure = procedure;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.calendar = calendar;
        this.council = council;
        this.clock = clock;
    }

    @Transactional
    public CaseFile request(String reference, EscalationRequest input, Optional<StaffMember> staff) {
        rules.check(input)
                .rule(
                        staff.isEmpty()
                                && input != null
                                && (input.email() == null || input.email().isBlank()),
                        "email",
                        "Give the email address you used when you complained")
                .orThrow();
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        if (staff.isPresent()) {
            access.checkMaySee(staff.get(), c);
        } else if (!c.getCustomer().hasEmail(input.email())) {
            throw new CaseNotFoundException(reference);
        }
        return escalate(c, input.reason(), staff);
    }

    /**
     * The customer asks on the tracking page, which has already proved that the complaint is theirs (by email,
     * phone number or postcode, with wrong guesses limited).
     */
    @Transactional
    CaseFile requestByProvenCustomer(String reference, String reason) {
        rules.check(new EscalationRequest(null, reason)).orThrow();
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        return escalate(c, reason, Optional.empty());
    }

    private CaseFile escalate(CaseFile c, String reason, Optional<StaffMember> staff) {
        String reference = c.getReference();
        whyNot(c).ifPresent(why -> {
            throw new ProcedureConflictException(why);
        });
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        c.requestEscalation(clock.instant(), reason.strip());
        CaseDeadline acknowledgement = deadlines.open(c, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT, today);
        timeline.record(
                c,
                staff.map(StaffMember::username).orElse(CaseEvent.CUSTOMER),
                EventType.ESCALATION_REQUESTED,
                "The customer asked for stage 2"
                        + staff.map(s -> " (recorded by " + s.displayName() + ")")
                                .orElse("")
                        + ": " + reason.strip() + ". Decision and acknowledgement due "
                        + PlainDates.format(acknowledgement.getDueOn()));
        process.escalationRequested(reference);
        return c;
    }

    /**
     * Why the case cannot go to stage 2 now, or empty when it can: the one rule for the customer asking on the
     * tracking page or through the API, and for staff recording a request made by phone or letter.
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNot(CaseFile c) {
        if (c.getKind() != CaseKind.COMPLAINT || c.getStatus() == CaseStatus.NOT_A_COMPLAINT) {
            return Optional.of("Only a complaint can go to stage 2");
        }
        if (c.getStage() == Stage.STAGE_2 && c.getStatus() == CaseStatus.CLOSED) {
            return Optional.of("This complaint has had our final response at stage 2. If you are "
                    + "still unhappy, you can ask " + council.ombudsmanName() + " to look at it.");
        }
        if (c.getStage() == Stage.STAGE_2 || c.getStatus() == CaseStatus.ESCALATION_REQUESTED) {
            return Optional.of("This complaint is already at stage 2, or waiting for a decision on it");
        }
        if (c.getEscalationDeclineReason() != null) {
            return Optional.of("Your request for stage 2 was declined: " + c.getEscalationDeclineReason()
                    + ". If you are still unhappy, you can ask " + council.ombudsmanName() + " to look at it.");
        }
        if (c.getStatus() != CaseStatus.CLOSED) {
            return Optional.of("We have not yet given our stage 1 decision. You can ask for stage 2 "
                    + "once you have it, if you are still unhappy.");
        }
        if (!process.awaitsEscalationRequest(c.getReference())) {
            String lastDay = PlainDates.format(procedure.lastDayToEscalate(c.getReference()));
            return Optional.of("The time to ask for stage 2 ended on " + lastDay
                    + ". If there is a good reason you could not ask sooner, please contact us.");
        }
        return Optional.empty();
    }
}
