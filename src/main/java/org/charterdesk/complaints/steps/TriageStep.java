package org.charterdesk.complaints.steps;

import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.NewCase.TriageFacts;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Triage: say what the contact is; the triage decision table then routes it. */
@Service
public class TriageStep {

    private final CaseTasks tasks;
    private final InputRules rules;
    private final CaseTimeline timeline;

    TriageStep(CaseTasks tasks, InputRules rules, CaseTimeline timeline) {
        this.tasks = tasks;
        this.rules = rules;
        this.timeline = timeline;
    }

    @Transactional
    public void complete(String taskId, TriageFacts facts, StaffMember member) {
        rules.check(facts).orThrow();
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.TRIAGE_CONTACT);
        CaseFile c = taken.caseFile();
        c.recordTriage(
                facts.matterType(),
                facts.complex(),
                facts.serious(),
                facts.highRisk(),
                facts.note() == null || facts.note().isBlank()
                        ? null
                        : facts.note().strip());
        StringBuilder text = new StringBuilder("Triaged as ")
                .append(facts.matterType().displayName().toLowerCase());
        if (facts.highRisk() || facts.serious() || facts.complex()) {
            text.append(" (")
                    .append(facts.highRisk() ? "high-risk " : "")
                    .append(facts.serious() ? "serious " : "")
                    .append(facts.complex() ? "complex" : "")
                    .append(")");
        }
        timeline.record(c, member.username(), EventType.TRIAGED, text.toString().replace(" )", ")"));
        tasks.complete(taken, ProcessVariables.triageFacts(c));
    }
}
