package org.charterdesk.complaints.steps;

import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintPoint;
import org.charterdesk.complaints.ComplaintPointRepository;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.ExtensionRequestRepository;
import org.charterdesk.complaints.ExtensionStatus;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers what a member of staff sees beside the form of an open step, checking that they may see its case. */
@Service
public class StepContexts {

    private final CaseTasks tasks;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final ExtensionRequestRepository extensions;
    private final StageDecisionRepository decisions;
    private final ComplaintPointRepository points;
    private final StaffDirectory directory;
    private final AuditLog audit;
    private final Outbox outbox;

    StepContexts(
            CaseTasks tasks,
            Deadlines deadlines,
            WorkingDayCalendar calendar,
            ExtensionRequestRepository extensions,
            StageDecisionRepository decisions,
            ComplaintPointRepository points,
            StaffDirectory directory,
            AuditLog audit,
            Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.extensions = extensions;
        this.decisions = decisions;
        this.points = points;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public StepContext of(String taskId, StaffMember member) {
        CaseStep open = tasks.look(taskId, member);
        CaseFile c = open.caseFile();
        ComplaintStep step = open.step();
        audit.recordAccess(member.username(), AuditAction.VIEWED, c.getReference(), "Step: " + step.displayName());
        CaseDeadline deadline = deadlines.forStep(c, step);
        String assignee = open.task().getAssignee();
        return new StepContext(
                taskId,
                step,
                c.getReference(),
                c.serviceCode(),
                c.getService().getName(),
                c.getCustomer().getName(),
                c.getWhatHappened(),
                c.getOutcomeSought(),
                assignee,
                assignee == null ? null : directory.displayName(assignee),
                deadline.getDueOn(),
                deadline.isOpen() ? deadlines.workingDaysLeft(deadline) : null,
                deadline.flagOn(deadlines.today()),
                step.extendable()
                        .map(kind -> deadlines.extensionAllowance(c, kind))
                        .orElse(0),
                points.findByCaseIdOrderBySortOrder(c.getId()).stream()
                        .map(ComplaintPoint::getSummary)
                        .toList(),
                request(c, step, deadline),
                tasks.whyNot(open, member).orElse(null),
                member.username().equals(assignee),
                step.stage() == Stage.STAGE_2 || step == ComplaintStep.DECIDE_ESCALATION
                        ? stageTwo(c, step, member)
                        : null);
    }

    /** The case so far, for a step of stage 2 (or the decision to go there). */
    private StageTwoContext stageTwo(CaseFile c, ComplaintStep step, StaffMember member) {
        return new StageTwoContext(
                c.getEscalationReason(),
                decisions
                        .findByCaseIdAndStage(c.getId(), Stage.STAGE_1)
                        .map(d -> new StageTwoContext.StageOneDecision(
                                d.getOutcome(),
                                d.getResponse(),
                                d.getApology(),
                                d.getRemedy(),
                                d.getLearning(),
                                directory.displayName(d.getDraftedBy()),
                                d.getSentAt()))
                        .orElse(null),
                points.findByCaseIdOrderBySortOrder(c.getId()).stream()
                        .map(ComplaintPoint::getSummary)
                        .toList(),
                c.getAgreedOutcomeSought(),
                outbox.forCase(c.getId()).stream()
                        .filter(letter -> letter.audience() == Audience.CUSTOMER)
                        .map(letter ->
                                new StageTwoContext.EarlierLetter(letter.createdAt(), letter.subject(), letter.text()))
                        .toList(),
                sameHandlerWarning(c, step, member));
    }

    /**
     * Where the charter lets the stage 1 responder deal with stage 2 too, they are warned when they open a stage 2
     * step of their own complaint (where it does not, they are never offered one).
     */
    private static String sameHandlerWarning(CaseFile c, ComplaintStep step, StaffMember member) {
        boolean handling = step == ComplaintStep.ACKNOWLEDGE_STAGE_2 || step == ComplaintStep.INVESTIGATE;
        if (!handling
                || c.getTimescales().differentHandlerAtStage2()
                || !member.username().equals(c.getStage1Handler())) {
            return null;
        }
        return "You gave the stage 1 response on this complaint. The charter lets you deal with stage 2 too, but the"
                + " customer asked for a fresh look: if someone else in the team can take it, ask a manager to give it"
                + " to them.";
    }

    private StepContext.Request request(CaseFile c, ComplaintStep step, CaseDeadline deadline) {
        return switch (step) {
            case DECIDE_STAGE_1_EXTENSION, DECIDE_STAGE_2_EXTENSION ->
                extensions
                        .findFirstByCaseIdAndDeadlineKindAndStatusOrderByIdDesc(
                                c.getId(), deadline.getKind(), ExtensionStatus.PENDING)
                        .map(e -> new StepContext.Request(
                                e.getExtraDays() + " more working "
                                        + (e.getExtraDays() == 1 ? "day" : "days") + " for the "
                                        + deadline.getKind().displayName().toLowerCase() + ". Reason: " + e.getReason(),
                                directory.displayName(e.getRequestedBy()),
                                e.getRequestedAt(),
                                deadline.getDueOn(),
                                calendar.addWorkingDays(deadline.getDueOn(), e.getExtraDays()),
                                null))
                        .orElse(null);
            case DECIDE_ESCALATION ->
                new StepContext.Request(
                        "The customer asks for stage 2: " + c.getEscalationReason(),
                        c.getCustomer().getName(),
                        c.getEscalationRequestedAt(),
                        deadline.getDueOn(),
                        null,
                        null);
            case SIGN_OFF_FINAL_RESPONSE ->
                decisions
                        .findByCaseIdAndStage(c.getId(), Stage.STAGE_2)
                        .map(d -> new StepContext.Request(
                                "Sign off the final response to the customer",
                                directory.displayName(d.getDraftedBy()),
                                d.getDraftedAt(),
                                deadline.getDueOn(),
                                null,
                                new StepContext.Draft(
                                        d.getOutcome(),
                                        d.getResponse(),
                                        d.getApology(),
                                        d.getRemedy(),
                                        d.getLearning())))
                        .orElse(null);
            default -> null;
        };
    }
}
