package org.charterdesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.complaints.ComplaintProcedure;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.WaitingClock;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the {@code complaint} process, as {@code ${complaintProcess.…(execution)}}. Each hands the
 * case reference (the business key) to the procedure's domain service and does nothing else.
 */
@Component("complaintProcess")
public class ComplaintProcess {

    private final ComplaintProcedure procedure;
    private final InformationRequests information;
    private final WaitingClock clock;

    ComplaintProcess(ComplaintProcedure procedure, InformationRequests information, WaitingClock clock) {
        this.procedure = procedure;
        this.information = information;
        this.clock = clock;
    }

    public void startStage1(DelegateExecution execution) {
        procedure.startStage1(execution.getProcessBusinessKey());
    }

    public void closeAsNotAComplaint(DelegateExecution execution) {
        procedure.closeAsNotAComplaint(execution.getProcessBusinessKey());
    }

    public void startStage2(DelegateExecution execution) {
        procedure.startStage2(execution.getProcessBusinessKey());
    }

    public void moveResponseDeadline(DelegateExecution execution, String stage) {
        procedure.moveResponseDeadline(execution.getProcessBusinessKey(), Stage.valueOf(stage));
    }

    public void sendDecision(DelegateExecution execution, String stage) {
        procedure.sendDecision(execution.getProcessBusinessKey(), Stage.valueOf(stage));
    }

    public void recordApology(DelegateExecution execution, String stage) {
        procedure.recordApology(execution.getProcessBusinessKey(), Stage.valueOf(stage));
    }

    public void close(DelegateExecution execution) {
        procedure.close(execution.getProcessBusinessKey());
    }

    public void declineEscalation(DelegateExecution execution) {
        procedure.declineEscalation(execution.getProcessBusinessKey());
    }

    public void closeAsWithdrawn(DelegateExecution execution) {
        information.cancelOpen(execution.getProcessBusinessKey());
        procedure.closeAsWithdrawn(
                execution.getProcessBusinessKey(),
                (String) execution.getVariable(ProcessVariables.WITHDRAWN_BY),
                (String) execution.getVariable(ProcessVariables.WITHDRAWAL_REASON));
    }

    public void noAnswer(DelegateExecution execution) {
        information.noAnswer(execution.getProcessBusinessKey());
    }

    public void restartClock(DelegateExecution execution, String stage) {
        clock.restart(execution.getProcessBusinessKey(), Stage.valueOf(stage));
    }

    public void closeForNoAnswer(DelegateExecution execution) {
        information.closeForNoAnswer(execution.getProcessBusinessKey());
    }

    public void escalationWindowClosed(DelegateExecution execution) {
        procedure.escalationWindowClosed(execution.getProcessBusinessKey());
    }
}
