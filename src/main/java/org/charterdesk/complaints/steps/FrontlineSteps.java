package org.charterdesk.complaints.steps;

import java.util.Map;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage 1: acknowledging (under the English codes), responding at the frontline, or asking for more time. */
@Service
public class FrontlineSteps {

    private final CaseTasks tasks;
    private final InputRules rules;
    private final Drafting drafting;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;

    FrontlineSteps(CaseTasks tasks, InputRules rules, Drafting drafting, Deadlines deadlines, CaseTimeline timeline) {
        this.tasks = tasks;
        this.rules = rules;
        this.drafting = drafting;
        this.deadlines = deadlines;
        this.timeline = timeline;
    }

    /** The complaint is acknowledged: the stage 1 response clock starts today. */
    @Transactional
    public void acknowledge(String taskId, StaffMember member) {
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.ACKNOWLEDGE_COMPLAINT);
        CaseFile c = taken.caseFile();
        deadlines.complete(c, DeadlineKind.STAGE_1_ACKNOWLEDGEMENT);
        CaseDeadline response = deadlines.open(c, DeadlineKind.STAGE_1_RESPONSE, deadlines.today());
        timeline.record(
                c,
                member.username(),
                EventType.ACKNOWLEDGED,
                member.displayName() + " acknowledged the complaint; stage 1 response due "
                        + PlainDates.format(response.getDueOn()));
        tasks.complete(taken, Map.of());
    }

    @Transactional
    public void respond(String taskId, DecisionInput input, StaffMember member) {
        rules.check(input)
                .rule(
                        input != null && input.missingApology(),
                        "apology",
                        "Say sorry: the complaint is upheld in whole or in part")
                .orThrow();
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.RESPOND_AT_FRONTLINE);
        CaseFile c = taken.caseFile();
        c.setStage1Handler(member.username());
        Map<String, Object> variables = drafting.draft(c, Stage.STAGE_1, input, member);
        variables.put(ProcessVariables.FRONTLINE_ACTION, ProcessVariables.RESPOND);
        tasks.complete(taken, variables);
    }

    @Transactional
    public void requestExtension(String taskId, ExtensionInput input, StaffMember member) {
        drafting.requestExtension(
                taskId, ComplaintStep.RESPOND_AT_FRONTLINE, ProcessVariables.FRONTLINE_ACTION, input, member);
    }
}
