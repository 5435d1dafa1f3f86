package org.charterdesk.complaints.steps;

import java.time.Clock;
import java.util.Map;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ExtensionRequest;
import org.charterdesk.complaints.ExtensionRequestRepository;
import org.charterdesk.complaints.ExtensionStatus;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecision;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.StaffAlerts;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's decisions: more time, a request for stage 2, and signing off the final response. */
@Service
public class ManagerDecisions {

    private static final String REASON = "reason";

    private final CaseTasks tasks;
    private final InputRules rules;
    private final ExtensionRequestRepository extensions;
    private final StageDecisionRepository decisions;
    private final CaseTimeline timeline;
    private final StaffAlerts alerts;
    private final Clock clock;

    ManagerDecisions(
            CaseTasks tasks,
            InputRules rules,
            ExtensionRequestRepository extensions,
            StageDecisionRepository decisions,
            CaseTimeline timeline,
            StaffAlerts alerts,
            Clock clock) {
        this.alerts = alerts;
        this.tasks = tasks;
        this.rules = rules;
        this.extensions = extensions;
        this.decisions = decisions;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public void decideExtension(String taskId, ManagerDecision decision, StaffMember manager) {
        check(decision, "Say why more time is declined");
        CaseStep taken = tasks.take(
                taskId, manager, ComplaintStep.DECIDE_STAGE_1_EXTENSION, ComplaintStep.DECIDE_STAGE_2_EXTENSION);
        CaseFile c = taken.caseFile();
        DeadlineKind kind = DeadlineKind.responseOf(taken.step().stage());
        ExtensionRequest request = extensions
                .findFirstByCaseIdAndDeadlineKindAndStatusOrderByIdDesc(c.getId(), kind, ExtensionStatus.PENDING)
                .orElseThrow(() -> new ProcedureConflictException("There is no request for more time to decide"));
        if (decision.approve()) {
            request.approve(manager.username(), clock.instant());
            timeline.record(
                    c,
                    manager.username(),
                    EventType.EXTENSION_APPROVED,
                    manager.displayName()
                            + " approved " + request.getExtraDays() + " more working days on the "
                            + kind.displayName().toLowerCase());
        } else {
            request.decline(
                    manager.username(), clock.instant(), decision.reason().strip());
            timeline.record(
                    c,
                    manager.username(),
                    EventType.EXTENSION_DECLINED,
                    manager.displayName() + " declined more time on the "
                            + kind.displayName().toLowerCase() + ": "
                            + decision.reason().strip());
        }
        tellWhoAsked(
                request.getRequestedBy(),
                manager,
                c,
                (decision.approve() ? " approved" : " declined") + " your request for " + request.getExtraDays()
                        + " more working days",
                decision);
        tasks.complete(taken, Map.of(ProcessVariables.EXTENSION_APPROVED, decision.approve()));
    }

    @Transactional
    public void decideEscalation(String taskId, ManagerDecision decision, StaffMember manager) {
        check(decision, "Say why the complaint cannot go to stage 2; the customer will be told");
        CaseStep taken = tasks.take(taskId, manager, ComplaintStep.DECIDE_ESCALATION);
        CaseFile c = taken.caseFile();
        if (decision.approve()) {
            timeline.record(
                    c,
                    manager.username(),
                    EventType.ESCALATION_APPROVED,
                    manager.displayName() + " approved the request for stage 2");
        } else {
            c.declineEscalation(decision.reason().strip());
            timeline.record(
                    c,
                    manager.username(),
                    EventType.ESCALATION_DECLINED,
                    manager.displayName() + " declined the request for stage 2: "
                            + decision.reason().strip());
        }
        tasks.complete(taken, Map.of(ProcessVariables.ESCALATION_APPROVED, decision.approve()));
    }

    @Transactional
    public void signOffFinalResponse(String taskId, ManagerDecision decision, StaffMember manager) {
        check(decision, "Say what must change before you can sign it off");
        CaseStep taken = tasks.take(taskId, manager, ComplaintStep.SIGN_OFF_FINAL_RESPONSE);
        CaseFile c = taken.caseFile();
        StageDecision response = decisions
                .findByCaseIdAndStage(c.getId(), Stage.STAGE_2)
                .orElseThrow(() -> new ProcedureConflictException("There is no final response to sign off"));
        if (decision.approve()) {
            response.signOff(manager.username(), clock.instant());
            timeline.record(
                    c,
                    manager.username(),
                    EventType.RESPONSE_SIGNED_OFF,
                    manager.displayName() + " signed off the final response"
                            + (response.getApology() == null ? "" : " and its apology"));
        } else {
            timeline.record(
                    c,
                    manager.username(),
                    EventType.RESPONSE_SENT_BACK,
                    manager.displayName() + " sent the final response back: "
                            + decision.reason().strip());
        }
        tellWhoAsked(
                response.getDraftedBy(),
                manager,
                c,
                decision.approve() ? " signed off your final response" : " sent your final response back",
                decision);
        tasks.complete(taken, Map.of(ProcessVariables.SIGNED_OFF, decision.approve()));
    }

    /** The officer who asked for the decision hears it, with the manager's reason when it is a no. */
    private void tellWhoAsked(
            String officer, StaffMember manager, CaseFile c, String whatHappened, ManagerDecision decision) {
        alerts.tell(
                officer,
                manager.username(),
                c.getId(),
                NotificationType.REQUEST_DECIDED,
                manager.displayName() + whatHappened + " on " + c.getReference(),
                decision.approve() ? null : "Their reason: " + decision.reason().strip(),
                "/cases/" + c.getReference());
    }

    private void check(ManagerDecision decision, String reasonMissing) {
        rules.check(decision)
                .rule(decision != null && decision.missingReason(), REASON, reasonMissing)
                .orThrow();
    }
}
