package org.charterdesk.complaints.api;

import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.complaints.CasePages;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns a case, as {@link CasePages} reads it, into the API's resources: plain names and values for JSON. */
@Component
class CaseResources {

    private final CasePages pages;

    CaseResources(CasePages pages) {
        this.pages = pages;
    }

    /** Everything the member of staff may see of the case, refused if the case is not one of their services'. */
    CaseDetails details(String reference, StaffMember member) {
        return details(pages.of(reference, member));
    }

    /** The case as it stands now, for a member of staff who may see it. */
    @Transactional(readOnly = true)
    CaseSummary summary(String reference, StaffMember member) {
        return summary(pages.caseFile(reference, member));
    }

    @Transactional(readOnly = true)
    CaseSummary summary(CaseFile c) {
        CasePage.NextDue next = pages.nextDue(c);
        return new CaseSummary(
                c.getReference(),
                c.getKind().name(),
                c.serviceCode(),
                c.getStage() == null ? null : c.getStage().name(),
                c.getStatus().name(),
                c.getReceivedAt(),
                c.getReceivedOn(),
                current(next));
    }

    private static CaseSummary.CurrentStep current(CasePage.NextDue next) {
        return next == null ? null : new CaseSummary.CurrentStep(next.kind().name(), next.name(), next.dueOn());
    }

    private static CaseDetails details(CasePage c) {
        return new CaseDetails(
                new CaseSummary(
                        c.reference(),
                        c.kind().name(),
                        c.serviceCode(),
                        c.stage() == null ? null : c.stage().name(),
                        c.status().name(),
                        c.receivedAt(),
                        c.receivedOn(),
                        current(c.nextDue())),
                c.channel().name(),
                c.loggedBy(),
                customer(c.customer()),
                c.whatHappened(),
                c.outcomeSought(),
                triage(c.triage()),
                c.procedureProfile(),
                c.charterFlag().name(),
                c.deadlines().stream().map(CaseResources::deadline).toList(),
                c.decisions().stream().map(CaseResources::decision).toList(),
                c.points().stream()
                        .map(p -> new CaseDetails.Point(p.number(), p.summary(), p.finding()))
                        .toList(),
                c.agreedOutcomeSought(),
                c.extensions().stream().map(CaseResources::extension).toList(),
                c.escalation() == null
                        ? null
                        : new CaseDetails.Escalation(
                                c.escalation().requestedAt(),
                                c.escalation().reason(),
                                c.escalation().declineReason()),
                c.openSteps().stream()
                        .map(s -> new CaseDetails.Step(
                                s.taskId(), s.name(), s.assigneeName(), s.candidateGroups(), s.due()))
                        .toList(),
                c.timeline().stream()
                        .map(e -> new CaseDetails.Event(
                                e.at(), e.actor(), e.type().name(), e.description()))
                        .toList(),
                c.correspondence().stream()
                        .map(CasePage.Letter::entry)
                        .map(CaseResources::notification)
                        .toList());
    }

    private static CaseDetails.Customer customer(CasePage.Person customer) {
        return new CaseDetails.Customer(
                customer.name(),
                customer.email(),
                customer.phone(),
                customer.address(),
                customer.preferredContact().name(),
                customer.supportNeeds());
    }

    private static CaseDetails.Triage triage(CasePage.Triage triage) {
        return triage == null
                ? null
                : new CaseDetails.Triage(
                        triage.matterType().name(),
                        triage.complex(),
                        triage.serious(),
                        triage.highRisk(),
                        triage.note());
    }

    private static CaseDetails.Notification notification(OutboxEntry n) {
        return new CaseDetails.Notification(
                n.id(),
                n.type().name(),
                n.audience().name(),
                n.recipient(),
                n.status().name(),
                n.createdAt(),
                n.subject(),
                n.contactBy(),
                n.sentAt(),
                n.lastError(),
                n.doneBy(),
                n.doneAt(),
                n.text());
    }

    private static CaseDetails.Deadline deadline(CasePage.Deadline d) {
        return new CaseDetails.Deadline(
                d.kind().name(),
                d.name(),
                d.startsOn(),
                d.workingDays(),
                d.extensionDays(),
                d.originalDueOn(),
                d.dueOn(),
                d.status().name(),
                d.flag().name(),
                d.workingDaysLeft(),
                d.completedOn(),
                d.atRiskWarnedAt(),
                d.breachedAt());
    }

    private static CaseDetails.Decision decision(CasePage.Decision d) {
        return new CaseDetails.Decision(
                d.stage().name(),
                d.outcome().name(),
                d.response(),
                d.apology(),
                d.remedy(),
                d.learning(),
                d.draftedBy(),
                d.draftedAt(),
                d.signedOffBy(),
                d.sentAt());
    }

    private static CaseDetails.Extension extension(CasePage.Extension e) {
        return new CaseDetails.Extension(
                e.deadline().name(),
                e.extraDays(),
                e.reason(),
                e.requestedBy(),
                e.status().name(),
                e.decidedBy(),
                e.declineReason(),
                e.previousDueOn(),
                e.newDueOn());
    }
}
