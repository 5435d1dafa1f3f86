package org.charterdesk.complaints.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff record that the ombudsman has taken up a closed complaint, and each request for information it sends;
 * the {@code complaint-ombudsman} process then carries the council's work (see {@link OmbudsmanSteps}).
 */
@Service
public class OmbudsmanReferrals {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final OmbudsmanReferralRepository referrals;
    private final OmbudsmanRequestRepository requests;
    private final OmbudsmanProperties properties;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final CaseTimeline timeline;
    private final InputRules rules;
    private final Clock clock;
    private final OmbudsmanWork work;
    private final CalendarProperties calendarProperties;

    OmbudsmanReferrals(
            CaseFileRepository cases,
            CaseAccess access,
            OmbudsmanReferralRepository referrals,
            OmbudsmanRequestRepository requests,
            OmbudsmanProperties properties,
            WorkingDayCalendar calendar,
            RuntimeService runtime,
            CaseTimeline timeline,
            InputRules rules,
            Clock clock,
            CalendarProperties calendarProperties,
            OmbudsmanWork work) {
        this.work = work;
        this.calendarProperties = calendarProperties;
        this.cases = cases;
        this.access = access;
        this.referrals = referrals;
        this.requests = requests;
        this.properties = properties;
        this.calendar = calendar;
        this.runtime = runtime;
        this.timeline = timeline;
        this.rules = rules;
        this.clock = clock;
    }

    /** The business key of a case's ombudsman process: apart from its complaint process's. */
    static String businessKey(String reference) {
        return reference + "/ombudsman";
    }

    /** Why the ombudsman cannot be recorded on the case now, if it cannot. */
    @Transactional(readOnly = true)
    public Optional<String> whyNot(CaseFile c) {
        if (c.getKind() != CaseKind.COMPLAINT || c.getStatus() != CaseStatus.CLOSED) {
            return Optional.of("Only a closed complaint can go to the ombudsman");
        }
        if (open(c).isPresent()) {
            return Optional.of("The ombudsman is already looking at this complaint");
        }
        return Optional.empty();
    }

    /** Whether staff may record now that the ombudsman has taken the case up. */
    @Transactional(readOnly = true)
    public boolean mayRecord(String reference) {
        return whyNot(load(reference)).isEmpty();
    }

    /** The ombudsmen staff may choose, the usual one for this case first. */
    @Transactional(readOnly = true)
    public List<OmbudsmanProperties.Body> bodiesFor(String reference) {
        OmbudsmanProperties.Body usual =
                properties.usualFor(load(reference).getTimescales().profile());
        return Stream.concat(Stream.of(usual), properties.bodies().stream().filter(b -> !b.equals(usual)))
                .toList();
    }

    @Transactional
    public void takenUp(String reference, ReferralInput input, StaffMember member) {
        rules.check(input)
                .text("theirReference", input == null ? null : input.theirReference())
                .rule(
                        input != null
                                && input.body() != null
                                && properties.bodies().stream()
                                        .noneMatch(b -> b.code().equals(input.body())),
                        "body",
                        "Choose one of the ombudsmen listed")
                .orThrow();
        CaseFile c = lock(reference, member);
        whyNot(c).ifPresent(why -> {
            throw new ProcedureConflictException(why);
        });
        OmbudsmanReferral referral =
                referrals.save(new OmbudsmanReferral(c.getId(), input, member.username(), clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceCode", c.serviceCode());
        variables.put(OmbudsmanProcess.REFERRAL_ID, referral.getId());
        runtime.startProcessInstanceByKey(OmbudsmanProcess.PROCESS_KEY, businessKey(reference), variables);
        timeline.record(
                c,
                member.username(),
                EventType.OMBUDSMAN,
                "%s recorded that the %s has taken up the complaint (their reference %s; first contact %s)"
                        .formatted(
                                member.displayName(),
                                properties.body(input.body()).name(),
                                referral.getTheirReference(),
                                PlainDates.format(input.firstContactOn())));
    }

    /** The ombudsman asks for information by a deadline of its own: the service gets a step to answer it. */
    @Transactional
    public void requestReceived(String reference, RequestInput input, StaffMember member) {
        rules.check(input)
                .text("what", input == null ? null : input.what())
                .rule(
                        input != null
                                && input.receivedOn() != null
                                && input.receivedOn().isAfter(today()),
                        "receivedOn",
                        "The request cannot have come after today")
                .orThrow();
        CaseFile c = lock(reference, member);
        OmbudsmanReferral referral = open(c).filter(r -> r.getDecision() == null)
                .orElseThrow(() -> new ProcedureConflictException(
                        "The ombudsman is not looking at this complaint, or has decided it"));
        LocalDate due = input.basis() == DayBasis.WORKING_DAYS
                ? calendar.addWorkingDays(calendar.dayZero(input.receivedOn()), input.days())
                : input.receivedOn().plusDays(input.days());
        LocalDate atRisk = calendar.subtractWorkingDays(due, properties.atRiskDays(), input.receivedOn());
        requests.save(new OmbudsmanRequest(referral.getId(), input, due, atRisk));
        runtime.createMessageCorrelation("OmbudsmanRequest")
                .processInstanceBusinessKey(businessKey(reference))
                .correlate();
        work.tellTeam(
                c,
                StaffGroups.officers(c.serviceCode()),
                "The ombudsman asked for information on " + c.getReference() + ", due " + PlainDates.format(due),
                input.what().strip());
        timeline.record(
                c,
                member.username(),
                EventType.OMBUDSMAN,
                "The ombudsman asked for information, due %s (%d %s): %s"
                        .formatted(
                                PlainDates.format(due),
                                input.days(),
                                input.basis().displayName(),
                                input.what().strip()));
    }

    Optional<OmbudsmanReferral> open(CaseFile c) {
        return referrals.findFirstByCaseIdOrderByIdDesc(c.getId()).filter(r -> r.getClosedOn() == null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendarProperties.zone()));
    }

    private CaseFile lock(String reference, StaffMember member) {
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        return c;
    }

    private CaseFile load(String reference) {
        return cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
