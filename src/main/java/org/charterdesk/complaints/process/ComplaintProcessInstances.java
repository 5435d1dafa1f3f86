package org.charterdesk.complaints.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Stage;
import org.springframework.stereotype.Component;

/**
 * The one place that starts and signals the {@code complaint} process. The process instance carries the case
 * reference as its business key, the service code for routing tasks, and the triage facts.
 */
@Component
public class ComplaintProcessInstances {

    public static final String PROCESS_KEY = ComplaintStep.PROCESS_KEY;
    public static final String ESCALATION_MESSAGE = "EscalationRequested";
    public static final String WITHDRAWAL_MESSAGE = "ComplaintWithdrawn";
    public static final String INFORMATION_MESSAGE = "InformationReceived";

    private final RuntimeService runtime;
    private final TaskService tasks;

    public ComplaintProcessInstances(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the procedure for a complaint, inside the caller's transaction. */
    public void start(CaseFile complaint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.SERVICE_CODE, complaint.serviceCode());
        variables.putAll(ProcessVariables.triageFacts(complaint));
        runtime.startProcessInstanceByKey(PROCESS_KEY, complaint.getReference(), variables);
    }

    /** Whether the complaint is waiting for the customer to ask for stage 2. */
    public boolean awaitsEscalationRequest(String reference) {
        return runtime.createExecutionQuery()
                        .processInstanceBusinessKey(reference)
                        .messageEventSubscriptionName(ESCALATION_MESSAGE)
                        .count()
                > 0;
    }

    /** Ends the procedure wherever it is: its open steps and timers go, and the case closes as withdrawn. */
    public void withdrawn(String reference, String by, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.WITHDRAWN_BY, by);
        variables.put(ProcessVariables.WITHDRAWAL_REASON, reason);
        runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE)
                .processInstanceBusinessKey(reference)
                .setVariables(variables)
                .correlate();
    }

    /**
     * The customer answered: the waiting stage carries on. If the officer is already deciding what to do with no
     * answer, the answer decides it: their step closes and work carries on.
     */
    public void customerAnswered(String reference, Stage stage, boolean late) {
        Map<String, Object> variables = Map.of(ProcessVariables.actionOf(stage), ProcessVariables.RESUME);
        if (!late) {
            runtime.createMessageCorrelation(INFORMATION_MESSAGE)
                    .processInstanceBusinessKey(reference)
                    .setVariables(variables)
                    .correlate();
            return;
        }
        for (Task step : tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKeyIn(
                        ComplaintStep.DECIDE_WITHOUT_STAGE_1_ANSWER.taskKey(),
                        ComplaintStep.DECIDE_WITHOUT_STAGE_2_ANSWER.taskKey())
                .list()) {
            tasks.complete(step.getId(), variables);
        }
    }

    public void escalationRequested(String reference) {
        runtime.createMessageCorrelation(ESCALATION_MESSAGE)
                .processInstanceBusinessKey(reference)
                .correlate();
    }
}
