package org.charterdesk.complaints.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.StaffRecipients;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ombudsman process's timers and service tasks do: warn before and after an ombudsman's deadline, flag
 * an overdue recommendation (by email to its owner and the service's managers, like an overdue plan action), and
 * close the referral. Each warning is given once.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OmbudsmanWork {

    private final OmbudsmanReferralRepository referrals;
    private final OmbudsmanRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final CaseFileRepository cases;
    private final CaseTimeline timeline;
    private final Outbox outbox;
    private final MailProperties mail;
    private final StaffDirectory directory;
    private final Clock clock;
    private final CalendarProperties calendar;

    OmbudsmanWork(
            OmbudsmanReferralRepository referrals,
            OmbudsmanRequestRepository requests,
            RecommendationRepository recommendations,
            CaseFileRepository cases,
            CaseTimeline timeline,
            Outbox outbox,
            MailProperties mail,
            StaffDirectory directory,
            Clock clock,
            CalendarProperties calendar) {
        this.referrals = referrals;
        this.requests = requests;
        this.recommendations = recommendations;
        this.cases = cases;
        this.timeline = timeline;
        this.outbox = outbox;
        this.mail = mail;
        this.directory = directory;
        this.clock = clock;
        this.calendar = calendar;
    }

    Long newestRequest(Long referralId) {
        return requests.findByReferralIdOrderByIdAsc(referralId).stream()
                .map(OmbudsmanRequest::getId)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("The referral has no request from the ombudsman"));
    }

    OmbudsmanRequest request(Long id) {
        return requests.findById(id).orElseThrow(() -> new IllegalStateException("No ombudsman request " + id));
    }

    Recommendation recommendation(Long id) {
        return recommendations.findById(id).orElseThrow(() -> new IllegalStateException("No recommendation " + id));
    }

    List<Long> openRecommendations(Long referralId) {
        return recommendations.findByReferralIdOrderByIdAsc(referralId).stream()
                .filter(r -> !r.complete())
                .map(Recommendation::getId)
                .toList();
    }

    void requestAtRisk(Long requestId) {
        OmbudsmanRequest request = request(requestId);
        if (request.warnAtRisk()) {
            warn(request, "at risk", NotificationType.STEP_AT_RISK, EventType.AT_RISK);
        }
    }

    void requestOverdue(Long requestId) {
        OmbudsmanRequest request = request(requestId);
        if (request.breach()) {
            warn(request, "overdue", NotificationType.STEP_BREACHED, EventType.BREACHED);
        }
    }

    private void warn(OmbudsmanRequest request, String how, NotificationType type, EventType event) {
        CaseFile c = caseOf(request.getReferralId());
        String summary = "The ombudsman's request on %s is %s: due %s"
                .formatted(c.getReference(), how, PlainDates.format(request.getDueOn()));
        MailContent email = MailContent.to("Hello,", summary)
                .say(summary + ".")
                .quote("What the ombudsman asked for", request.getWhat())
                .link("Open the case", mail.link("/cases/" + c.getReference()))
                .build();
        for (String group : List.of(StaffGroups.officers(c.serviceCode()), StaffGroups.managers(c.serviceCode()))) {
            outbox.toStaffGroup(c.getId(), type, group, null, summary, email);
        }
        timeline.record(c, CaseEvent.SYSTEM, event, summary);
    }

    /** Tells a service's team (by email and in their bells) that an ombudsman's step is waiting for them. */
    void tellTeam(CaseFile c, String group, String headline, String detail) {
        MailContent email = MailContent.to("Hello,", headline)
                .say(headline + ".")
                .say(detail)
                .link("Open the case", mail.link("/cases/" + c.getReference()))
                .build();
        outbox.toStaffGroup(c.getId(), NotificationType.OMBUDSMAN_REQUEST, group, null, headline, email);
    }

    void recommendationOverdue(Long recommendationId) {
        Recommendation r = recommendation(recommendationId);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (!r.flagOverdue(today)) {
            return;
        }
        CaseFile c = caseOf(r.getReferralId());
        String summary = "Ombudsman's recommendation overdue on %s: %s (due %s)"
                .formatted(c.getReference(), r.getWhat(), PlainDates.format(r.getDueOn()));
        MailContent email = MailContent.to("Hello,", "Overdue recommendation on " + c.getReference())
                .say("A recommendation of the ombudsman has passed its due date and is not complete.")
                .fact("Case", c.getReference())
                .fact("Recommendation", r.getWhat())
                .fact("Owner", directory.displayName(r.getOwner()))
                .fact("Due", PlainDates.format(r.getDueOn()))
                .link("Open the case", mail.link("/cases/" + c.getReference()))
                .build();
        outbox.toStaff(
                c.getId(),
                NotificationType.RECOMMENDATION_OVERDUE,
                StaffRecipients.memberAndGroup(r.getOwner(), StaffGroups.managers(c.serviceCode())),
                null,
                summary,
                email);
        timeline.record(c, CaseEvent.SYSTEM, EventType.RECOMMENDATION, summary);
    }

    void close(Long referralId) {
        OmbudsmanReferral referral =
                referrals.findById(referralId).orElseThrow(() -> new IllegalStateException("No referral"));
        referral.closed(LocalDate.now(clock.withZone(calendar.zone())));
        timeline.record(
                caseOf(referralId),
                CaseEvent.SYSTEM,
                EventType.OMBUDSMAN,
                "The ombudsman case is closed: "
                        + referral.getDecision().displayName().toLowerCase() + ", every recommendation complete");
    }

    CaseFile caseOf(Long referralId) {
        OmbudsmanReferral referral =
                referrals.findById(referralId).orElseThrow(() -> new IllegalStateException("No referral"));
        return cases.findById(referral.getCaseId())
                .orElseThrow(() -> new CaseNotFoundException(String.valueOf(referral.getCaseId())));
    }
}
