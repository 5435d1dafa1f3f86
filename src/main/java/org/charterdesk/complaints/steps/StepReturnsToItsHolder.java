package org.charterdesk.complaints.steps;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.work.EngineSteps;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When a step of a complaint opens again (after a manager approves more time, or its sub-process is re-entered for
 * any other reason), it goes straight back to the officer who held it last, not to the team: they know the case.
 * Not if they have left the step's teams since, or may not take it now (they asked for the decision, say).
 */
@Component
class StepReturnsToItsHolder {

    private final EngineSteps engineSteps;
    private final IdentityService identity;
    private final CaseFileRepository cases;
    private final CaseTasks caseTasks;

    StepReturnsToItsHolder(
            EngineSteps engineSteps, IdentityService identity, CaseFileRepository cases, CaseTasks caseTasks) {
        this.engineSteps = engineSteps;
        this.identity = identity;
        this.cases = cases;
        this.caseTasks = caseTasks;
    }

    @EventListener
    @Order(0)
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
            return;
        }
        Optional<ComplaintStep> step = ComplaintStep.ofTaskKey(task.getTaskDefinitionKey());
        if (step.isEmpty() || step.get().managerDecision()) {
            return;
        }
        engineSteps
                .lastHolder(task.getProcessInstanceId(), task.getTaskDefinitionKey())
                .filter(holder -> inOneOfItsTeams(task, holder))
                .filter(holder -> mayTakeIt(task, step.get(), holder))
                .ifPresent(task::setAssignee);
    }

    private boolean inOneOfItsTeams(DelegateTask task, String holder) {
        return task.getCandidates().stream()
                .map(link -> link.getGroupId())
                .filter(group -> group != null)
                .anyMatch(group -> identity.createUserQuery()
                                .userId(holder)
                                .memberOfGroup(group)
                                .count()
                        > 0);
    }

    private boolean mayTakeIt(DelegateTask task, ComplaintStep step, String holder) {
        String reference = task.getExecution().getProcessBusinessKey();
        return cases.findByReference(reference)
                .map(c -> caseTasks
                        .refusedTo(c, step)
                        .filter(refusal -> refusal.username().equals(holder))
                        .isEmpty())
                .orElse(false);
    }
}
