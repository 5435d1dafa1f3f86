package org.charterdesk.complaints.steps;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ExtensionRequest;
import org.charterdesk.complaints.ExtensionRequestRepository;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecision;
import org.charterdesk.complaints.StageDecisionRepository;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the frontline response and the investigation share: drafting a decision and asking for more time. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Drafting {

    private final StageDecisionRepository decisions;
    private final ExtensionRequestRepository extensions;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Clock clock;
    private final CaseTasks tasks;
    private final InputRules rules;

    Drafting(
            StageDecisionRepository decisions,
            ExtensionRequestRepository extensions,
            Deadlines deadlines,
            CaseTimeline timeline,
            Clock clock,
            CaseTasks tasks,
            InputRules rules) {
        this.decisions = decisions;
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.clock = clock;
        this.tasks = tasks;
        this.rules = rules;
    }

    /** Saves the decision of a stage (again, after a send-back) and returns the variables the process needs. */
    Map<String, Object> draft(CaseFile c, Stage stage, DecisionInput input, StaffMember member) {
        StageDecision decision =
                decisions.findByCaseIdAndStage(c.getId(), stage).orElseGet(() -> new StageDecision(c.getId(), stage));
        decision.draft(
                input.outcome(),
                input.response().strip(),
                clean(input.apology()),
                clean(input.remedy()),
                clean(input.learning()),
                member.username(),
                clock.instant());
        decisions.save(decision);
        timeline.record(
                c,
                member.username(),
                EventType.RESPONSE_DRAFTED,
                "%s response written by %s: %s"
                        .formatted(
                                stage.shortName(),
                                member.displayName(),
                                input.outcome().displayName().toLowerCase()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.OUTCOME, input.outcome().name());
        return variables;
    }

    /**
     * Asks a manager for more time on the response deadline of the step's stage, within the charter's limit for
     * the case; the step completes with {@code actionVariable} set to REQUEST_EXTENSION.
     */
    void requestExtension(
            String taskId, ComplaintStep step, String actionVariable, ExtensionInput input, StaffMember member) {
        rules.check(input).orThrow();
        CaseStep taken = tasks.take(taskId, member, step);
        CaseFile c = taken.caseFile();
        DeadlineKind kind = DeadlineKind.responseOf(step.stage());
        deadlines.checkExtension(c, kind, input.extraDays());
        extensions.save(new ExtensionRequest(
                c.getId(), kind, input.extraDays(), input.reason().strip(), member.username(), clock.instant()));
        timeline.record(
                c,
                member.username(),
                EventType.EXTENSION_REQUESTED,
                "%s asked for %d more working day%s on "
                                .formatted(member.displayName(), input.extraDays(), input.extraDays() == 1 ? "" : "s")
                        + kind.displayName().toLowerCase() + ": "
                        + input.reason().strip());
        tasks.complete(taken, Map.of(actionVariable, ProcessVariables.REQUEST_EXTENSION));
    }

    static String clean(String text) {
        return InputRules.stripToNull(text);
    }
}
