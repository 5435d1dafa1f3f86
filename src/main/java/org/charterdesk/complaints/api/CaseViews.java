package org.charterdesk.complaints.api;

import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintPointRepository;
import org.charterdesk.complaints.Customer;
import org.charterdesk.complaints.ExtensionRequestRepository;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the API's views of a case from the case, its deadlines, decisions, steps, timeline and outbox. */
@Component
public class CaseViews {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final Deadlines deadlines;
    private final StageDecisionRepository decisions;
    private final ComplaintPointRepository points;
    private final ExtensionRequestRepository extensions;
    private final CaseTasks tasks;
    private final CaseTimeline timeline;
    private final Outbox outbox;

    CaseViews(
            CaseFileRepository cases,
            CaseAccess access,
            Deadlines deadlines,
            StageDecisionRepository decisions,
            ComplaintPointRepository points,
            ExtensionRequestRepository extensions,
            CaseTasks tasks,
            CaseTimeline timeline,
            Outbox outbox) {
        this.cases = cases;
        this.access = access;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.points = points;
        this.extensions = extensions;
        this.tasks = tasks;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** Everything the member of staff may see of the case, refused if the case is not one of their services'. */
    @Transactional(readOnly = true)
    public CaseDetails details(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        return details(c);
    }

    @Transactional(readOnly = true)
    public CaseSummary summary(CaseFile c) {
        CaseSummary.CurrentStep current = deadlines
                .next(c)
                .map(d -> new CaseSummary.CurrentStep(
                        d.getKind().name(), d.getKind().displayName(), d.getDueOn()))
                .orElse(null);
        return new CaseSummary(
                c.getReference(),
                c.getKind().name(),
                c.serviceCode(),
                c.getStage() == null ? null : c.getStage().name(),
                c.getStatus().name(),
                c.getReceivedAt(),
                c.getReceivedOn(),
                current);
    }

    @Transactional(readOnly = true)
    CaseDetails details(CaseFile c) {
        Customer customer = c.getCustomer();
        return new CaseDetails(
                summary(c),
                c.getChannel().name(),
                c.getLoggedBy(),
                new CaseDetails.Customer(
                        customer.getName(),
                        customer.getEmail(),
                        customer.getPhone(),
                        customer.getAddress(),
                        customer.getPreferredContact().name(),
                        customer.getSupportNeeds()),
                c.getWhatHappened(),
                c.getOutcomeSought(),
                c.getMatterType() == null
                        ? null
                        : new CaseDetails.Triage(
                                c.getMatterType().name(),
                                c.isComplex(),
                                c.isSerious(),
                                c.isHighRisk(),
                                c.getTriageNote()),
                c.getTimescales() == null ? null : c.getTimescales().profile().configName(),
                c.getCharterFlag().name(),
                deadlines.of(c).stream().map(this::deadline).toList(),
                decisions.findByCaseIdOrderByStage(c.getId()).stream()
                        .map(d -> new CaseDetails.Decision(
                                d.getStage().name(),
                                d.getOutcome().name(),
                                d.getResponse(),
                                d.getApology(),
                                d.getRemedy(),
                                d.getLearning(),
                                d.getDraftedBy(),
                                d.getDraftedAt(),
                                d.getSignedOffBy(),
                                d.getSentAt()))
                        .toList(),
                points.findByCaseIdOrderBySortOrder(c.getId()).stream()
                        .map(p -> new CaseDetails.Point(p.getSortOrder(), p.getSummary(), p.getFinding()))
                        .toList(),
                c.getAgreedOutcomeSought(),
                extensions.findByCaseIdOrderById(c.getId()).stream()
                        .map(e -> new CaseDetails.Extension(
                                e.getDeadlineKind().name(),
                                e.getExtraDays(),
                                e.getReason(),
                                e.getRequestedBy(),
                                e.getStatus().name(),
                                e.getDecidedBy(),
                                e.getDeclineReason(),
                                e.getPreviousDueOn(),
                                e.getNewDueOn()))
                        .toList(),
                c.getEscalationRequestedAt() == null
                        ? null
                        : new CaseDetails.Escalation(
                                c.getEscalationRequestedAt(), c.getEscalationReason(), c.getEscalationDeclineReason()),
                tasks.openSteps(c).stream()
                        .map(s -> new CaseDetails.Step(
                                s.taskId(), s.name(), s.assigneeName(), s.candidateGroups(), s.due()))
                        .toList(),
                timeline.of(c).stream()
                        .map(e -> new CaseDetails.Event(
                                e.getOccurredAt(), e.getActor(), e.getType().name(), e.getDescription()))
                        .toList(),
                outbox.forCase(c.getId()).stream()
                        .map(n -> new CaseDetails.Notification(
                                n.getId(),
                                n.getType().name(),
                                n.getAudience().name(),
                                n.getRecipient(),
                                n.getStatus().name(),
                                n.getCreatedAt(),
                                n.getSubject(),
                                n.getContactBy(),
                                n.getSentAt(),
                                n.getLastError(),
                                n.getDoneBy(),
                                n.getDoneAt(),
                                n.getBodyText()))
                        .toList());
    }

    private CaseDetails.Deadline deadline(CaseDeadline d) {
        boolean open = d.isOpen();
        return new CaseDetails.Deadline(
                d.getKind().name(),
                d.getKind().displayName(),
                d.getStartsOn(),
                d.getWorkingDays(),
                d.getExtensionDays(),
                d.getOriginalDueOn(),
                d.getDueOn(),
                d.getStatus().name(),
                d.flagOn(deadlines.today()).name(),
                open ? deadlines.workingDaysLeft(d) : null,
                d.getCompletedOn(),
                d.getAtRiskWarnedAt(),
                d.getBreachedAt());
    }
}
