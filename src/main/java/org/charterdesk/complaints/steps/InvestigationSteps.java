package org.charterdesk.complaints.steps;

import java.util.List;
import java.util.Map;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintPoint;
import org.charterdesk.complaints.ComplaintPointRepository;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.CustomerLetters;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage 2: acknowledging and agreeing the points, investigating and drafting the final response, more time. */
@Service
public class InvestigationSteps {

    private final CaseTasks tasks;
    private final InputRules rules;
    private final Drafting drafting;
    private final Deadlines deadlines;
    private final ComplaintPointRepository points;
    private final CaseTimeline timeline;
    private final CustomerLetters letters;

    InvestigationSteps(
            CaseTasks tasks,
            InputRules rules,
            Drafting drafting,
            Deadlines deadlines,
            ComplaintPointRepository points,
            CaseTimeline timeline,
            CustomerLetters letters) {
        this.letters = letters;
        this.tasks = tasks;
        this.rules = rules;
        this.drafting = drafting;
        this.deadlines = deadlines;
        this.points = points;
        this.timeline = timeline;
    }

    /** Stage 2 is acknowledged with the agreed points; under the English codes the response clock starts now. */
    @Transactional
    public void acknowledge(String taskId, PointsInput input, StaffMember member) {
        rules.check(input).orThrow();
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.ACKNOWLEDGE_STAGE_2);
        CaseFile c = taken.caseFile();
        points.deleteByCaseId(c.getId());
        points.flush();
        List<String> agreed = input.points();
        for (int i = 0; i < agreed.size(); i++) {
            points.save(new ComplaintPoint(c.getId(), i + 1, agreed.get(i).strip()));
        }
        c.setAgreedOutcomeSought(Drafting.clean(input.outcomeSought()));
        deadlines.complete(c, DeadlineKind.STAGE_2_ACKNOWLEDGEMENT);
        if (c.getTimescales().profile().stage2ResponseFromAcknowledgement()) {
            deadlines.open(c, DeadlineKind.STAGE_2_RESPONSE, deadlines.today());
        }
        timeline.record(
                c,
                member.username(),
                EventType.POINTS_AGREED,
                member.displayName()
                        + " acknowledged stage 2 and agreed " + agreed.size() + " point"
                        + (agreed.size() == 1 ? "" : "s")
                        + " of complaint; final response due "
                        + PlainDates.format(
                                deadlines.get(c, DeadlineKind.STAGE_2_RESPONSE).getDueOn()));
        letters.stage2Acknowledged(
                c,
                agreed.stream().map(String::strip).toList(),
                c.getAgreedOutcomeSought(),
                deadlines.get(c, DeadlineKind.STAGE_2_RESPONSE).getDueOn());
        tasks.complete(taken, Map.of());
    }

    @Transactional
    public void submit(String taskId, InvestigationInput input, StaffMember member) {
        InputRules.Check check = rules.check(input);
        if (input != null && input.decision() != null) {
            check.rule(
                    input.decision().missingApology(),
                    "decision.apology",
                    "Say sorry: the complaint is upheld in whole or in part");
        }
        check.orThrow();
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.INVESTIGATE);
        CaseFile c = taken.caseFile();
        List<ComplaintPoint> agreed = points.findByCaseIdOrderBySortOrder(c.getId());
        if (input.findings().size() != agreed.size()) {
            throw InvalidInputException.of(
                    "findings", "Record one finding for each of the " + agreed.size() + " agreed points");
        }
        for (int i = 0; i < agreed.size(); i++) {
            agreed.get(i).recordFinding(input.findings().get(i).strip());
        }
        Map<String, Object> variables = drafting.draft(c, Stage.STAGE_2, input.decision(), member);
        variables.put(ProcessVariables.INVESTIGATION_ACTION, ProcessVariables.SUBMIT_RESPONSE);
        tasks.complete(taken, variables);
    }

    @Transactional
    public void requestExtension(String taskId, ExtensionInput input, StaffMember member) {
        drafting.requestExtension(
                taskId, ComplaintStep.INVESTIGATE, ProcessVariables.INVESTIGATION_ACTION, input, member);
    }
}
