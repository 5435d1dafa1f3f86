package org.charterdesk.complaints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.OpenStep;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case as its page (and the API) shows it, for a member of staff who may see it. */
@Service
public class CasePages {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final Deadlines deadlines;
    private final StageDecisionRepository decisions;
    private final ComplaintPointRepository points;
    private final ExtensionRequestRepository extensions;
    private final CaseTasks tasks;
    private final CaseTimeline timeline;
    private final EscalationRequests escalations;
    private final Outbox outbox;
    private final StaffDirectory directory;
    private final AuditLog audit;
    private final CaseNotes notes;
    private final Charter charter;

    CasePages(
            CaseFileRepository cases,
            CaseAccess access,
            Deadlines deadlines,
            StageDecisionRepository decisions,
            ComplaintPointRepository points,
            ExtensionRequestRepository extensions,
            CaseTasks tasks,
            CaseTimeline timeline,
            EscalationRequests escalations,
            Outbox outbox,
            StaffDirectory directory,
            AuditLog audit,
            CaseNotes notes,
            Charter charter) {
        this.charter = charter;
        this.notes = notes;
        this.audit = audit;
        this.cases = cases;
        this.access = access;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.points = points;
        this.extensions = extensions;
        this.tasks = tasks;
        this.timeline = timeline;
        this.escalations = escalations;
        this.outbox = outbox;
        this.directory = directory;
    }

    /** The case, refused if it is not one of the member's services'. */
    @Transactional(readOnly = true)
    public CasePage of(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        audit.recordAccess(member.username(), AuditAction.VIEWED, c.getReference(), "Case page");
        Names names = new Names();
        return new CasePage(
                c.getReference(),
                c.getKind(),
                c.getStatus(),
                c.getStage(),
                c.getCharterFlag(),
                c.serviceCode(),
                c.getService().getName(),
                c.getChannel(),
                c.getReceivedAt(),
                c.getReceivedOn(),
                c.getLoggedBy(),
                c.getLoggedBy() == null ? null : names.of(c.getLoggedBy()),
                person(c.getCustomer(), c.getLanguage()),
                c.getWhatHappened(),
                c.getOutcomeSought(),
                c.getPromiseNotKept() == null
                        ? null
                        : charter.promise(c.getPromiseNotKept())
                                .map(p -> p.name() + ": " + p.promise())
                                .orElse(null),
                triage(c),
                c.getTimescales() == null ? null : c.getTimescales().profile().configName(),
                nextDue(c),
                deadlines.of(c).stream().map(this::deadline).toList(),
                decisions(c, names),
                points.findByCaseIdOrderBySortOrder(c.getId()).stream()
                        .map(p -> new CasePage.Point(p.getSortOrder(), p.getSummary(), p.getFinding()))
                        .toList(),
                c.getAgreedOutcomeSought(),
                extensions(c, names),
                escalation(c),
                tasks.openSteps(c, member),
                timeline(c, names),
                correspondence(c, names),
                notes.of(c, member),
                escalations.whyNot(c).isEmpty());
    }

    /**
     * Only the case's open steps, as its page lists them, to see whether a page on screen is out of date (not recorded
     * as a view: the member already has the page open).
     */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(String reference, StaffMember member) {
        return tasks.openSteps(caseFile(reference, member), member);
    }

    /** The case itself, refused if it is not one of the member's services'. */
    @Transactional(readOnly = true)
    public CaseFile caseFile(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        return c;
    }

    private static CasePage.Escalation escalation(CaseFile c) {
        return c.getEscalationRequestedAt() == null
                ? null
                : new CasePage.Escalation(
                        c.getEscalationRequestedAt(), c.getEscalationReason(), c.getEscalationDeclineReason());
    }

    private List<CasePage.Event> timeline(CaseFile c, Names names) {
        return timeline.of(c).stream()
                .map(e -> new CasePage.Event(
                        e.getOccurredAt(), e.getActor(), names.of(e.getActor()), e.getType(), e.getDescription()))
                .toList();
    }

    private List<CasePage.Letter> correspondence(CaseFile c, Names names) {
        return outbox.forCase(c.getId()).stream()
                .map(n -> new CasePage.Letter(
                        n,
                        n.recipient() == null ? null : names.of(n.recipient()),
                        n.doneBy() == null ? null : names.of(n.doneBy())))
                .toList();
    }

    /** Where a case stands, for whoever has just sent or logged it. */
    @Transactional(readOnly = true)
    public CasePage.NextDue nextDue(CaseFile c) {
        return deadlines.next(c).map(CasePage.NextDue::of).orElse(null);
    }

    private static CasePage.Person person(Customer customer, Language language) {
        return new CasePage.Person(
                customer.getName(),
                customer.getEmail(),
                customer.getPhone(),
                customer.getAddress(),
                customer.getPreferredContact(),
                customer.getSupportNeeds(),
                language);
    }

    private static CasePage.Triage triage(CaseFile c) {
        return c.getMatterType() == null
                ? null
                : new CasePage.Triage(
                        c.getMatterType(), c.isComplex(), c.isSerious(), c.isHighRisk(), c.getTriageNote());
    }

    private List<CasePage.Decision> decisions(CaseFile c, Names names) {
        return decisions.findByCaseIdOrderByStage(c.getId()).stream()
                .map(d -> new CasePage.Decision(
                        d.getStage(),
                        d.getOutcome(),
                        d.getResponse(),
                        d.getApology(),
                        d.getRemedy(),
                        d.getLearning(),
                        d.getDraftedBy(),
                        names.of(d.getDraftedBy()),
                        d.getDraftedAt(),
                        d.getSignedOffBy(),
                        d.getSignedOffBy() == null ? null : names.of(d.getSignedOffBy()),
                        d.getSentAt()))
                .toList();
    }

    private List<CasePage.Extension> extensions(CaseFile c, Names names) {
        return extensions.findByCaseIdOrderById(c.getId()).stream()
                .map(e -> new CasePage.Extension(
                        e.getDeadlineKind(),
                        e.getExtraDays(),
                        e.getReason(),
                        e.getRequestedBy(),
                        names.of(e.getRequestedBy()),
                        e.getStatus(),
                        e.getDecidedBy(),
                        e.getDeclineReason(),
                        e.getPreviousDueOn(),
                        e.getNewDueOn()))
                .toList();
    }

    private CasePage.Deadline deadline(CaseDeadline d) {
        return new CasePage.Deadline(
                d.getKind(),
                d.getKind().displayName(),
                d.getStartsOn(),
                d.getWorkingDays(),
                d.getExtensionDays(),
                d.getOriginalDueOn(),
                d.getDueOn(),
                d.getStatus(),
                d.flagOn(deadlines.today()),
                d.isOpen() ? deadlines.workingDaysLeft(d) : null,
                d.getCompletedOn(),
                d.getAtRiskWarnedAt(),
                d.getBreachedAt());
    }

    /** Names looked up once each while one page is read. */
    private final class Names {

        private final Map<String, String> known = new HashMap<>();

        String of(String actor) {
            return known.computeIfAbsent(actor, directory::actorName);
        }
    }
}
