package org.charterdesk.complaints.steps;

import java.util.Map;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.QuestionInput;
import org.charterdesk.complaints.process.ProcessVariables;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer asks the customer for more information from a stage's response step (the frontline response or the
 * investigation), and decides what to do if no answer comes by the date.
 */
@Service
public class CustomerQuestions {

    private final CaseTasks tasks;
    private final InformationRequests information;

    CustomerQuestions(CaseTasks tasks, InformationRequests information) {
        this.tasks = tasks;
        this.information = information;
    }

    /** Asks the customer; the step waits for the answer, which brings it back to the member. */
    @Transactional
    public void ask(String taskId, QuestionInput input, StaffMember member) {
        CaseStep taken = tasks.take(taskId, member, ComplaintStep.RESPOND_AT_FRONTLINE, ComplaintStep.INVESTIGATE);
        Stage stage = taken.step().stage();
        information.ask(taken.caseFile(), stage, input, member);
        tasks.complete(
                taken,
                Map.of(
                        ProcessVariables.actionOf(stage),
                        ProcessVariables.ASK_CUSTOMER,
                        ProcessVariables.INFORMATION_ASKED_BY,
                        member.username()));
    }

    /** No answer came: carry on without it, or close the complaint as withdrawn (the customer is written to). */
    @Transactional
    public void decideWithoutAnswer(String taskId, boolean carryOn, StaffMember member) {
        CaseStep taken = tasks.take(
                taskId,
                member,
                ComplaintStep.DECIDE_WITHOUT_STAGE_1_ANSWER,
                ComplaintStep.DECIDE_WITHOUT_STAGE_2_ANSWER);
        information.decideWithoutAnswer(taken.caseFile(), carryOn, member);
        tasks.complete(
                taken,
                Map.of(
                        ProcessVariables.actionOf(taken.step().stage()),
                        carryOn ? ProcessVariables.RESUME : ProcessVariables.CLOSE_NO_ANSWER));
    }
}
