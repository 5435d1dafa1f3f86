package org.charterdesk.complaints.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the case page shows of a complaint's time with the ombudsman, and what the customer sees on /track. */
@Service
public class OmbudsmanCases {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final OmbudsmanReferralRepository referrals;
    private final OmbudsmanRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final OmbudsmanProperties properties;
    private final OmbudsmanSteps steps;
    private final StaffDirectory directory;
    private final Clock clock;
    private final CalendarProperties calendar;

    OmbudsmanCases(
            CaseFileRepository cases,
            CaseAccess access,
            OmbudsmanReferralRepository referrals,
            OmbudsmanRequestRepository requests,
            RecommendationRepository recommendations,
            OmbudsmanProperties properties,
            OmbudsmanSteps steps,
            StaffDirectory directory,
            Clock clock,
            CalendarProperties calendar) {
        this.cases = cases;
        this.access = access;
        this.referrals = referrals;
        this.requests = requests;
        this.recommendations = recommendations;
        this.properties = properties;
        this.steps = steps;
        this.directory = directory;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The case's latest time with the ombudsman, for staff who may see the case; empty if it never went. */
    @Transactional(readOnly = true)
    public Optional<OmbudsmanCase> of(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return referrals
                .findFirstByCaseIdOrderByIdDesc(c.getId())
                .map(r -> new OmbudsmanCase(
                        properties.body(r.getBody()).name(),
                        r.getTheirReference(),
                        r.getFirstContactOn(),
                        r.getSubmission(),
                        name(r.getSubmittedBy()),
                        name(r.getSignedOffBy()),
                        r.getSignedOffAt(),
                        r.getDecision(),
                        r.getDecidedOn(),
                        r.getDecisionSummary(),
                        r.getClosedOn(),
                        requests.findByReferralIdOrderByIdAsc(r.getId()).stream()
                                .map(q -> new OmbudsmanCase.Request(
                                        q.getWhat(),
                                        q.getReceivedOn(),
                                        q.getDays() + " " + q.getDayBasis().displayName(),
                                        q.getDueOn(),
                                        q.getAnswer(),
                                        q.getAnsweredOn(),
                                        q.getAnsweredOn() == null
                                                ? today.isAfter(q.getDueOn())
                                                : q.getAnsweredOn().isAfter(q.getDueOn())))
                                .toList(),
                        items(r.getId(), today),
                        steps.openSteps(reference, member)));
    }

    /** The ombudsman looking at the case, by name, while it is: all the customer is told on /track. */
    @Transactional(readOnly = true)
    public Optional<String> lookingAt(CaseFile c) {
        return referrals
                .findFirstByCaseIdOrderByIdDesc(c.getId())
                .filter(r -> r.getClosedOn() == null)
                .map(r -> properties.body(r.getBody()).name());
    }

    private List<OmbudsmanCase.Item> items(Long referralId, LocalDate today) {
        return recommendations.findByReferralIdOrderByIdAsc(referralId).stream()
                .map(r -> new OmbudsmanCase.Item(
                        r.getId(),
                        r.getWhat(),
                        name(r.getOwner()),
                        r.getDueOn(),
                        r.getEvidence(),
                        r.getDoneOn(),
                        name(r.getApprovedBy()),
                        r.getToldOmbudsmanOn(),
                        !r.complete() && today.isAfter(r.getDueOn()),
                        r.getPlanActionId()))
                .toList();
    }

    private String name(String username) {
        return username == null ? null : directory.displayName(username);
    }
}
