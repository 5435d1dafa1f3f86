package org.charterdesk.complaints.steps;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.ComplaintStep;
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

    private final HistoryService history;
    private final IdentityService identity;
    private final CaseFileRepository cases;
    private final CaseTasks caseTasks;
    private final String lastHolderSql;

    StepReturnsToItsHolder(
            HistoryService history,
            ManagementService management,
            IdentityService identity,
            CaseFileRepository cases,
            CaseTasks caseTasks) {
        this.history = history;
        this.lastHolderSql = "SELECT * FROM " + management.getTableName(HistoricTaskInstance.class)
                + " WHERE PROC_INST_ID_ = #{processInstanceId} AND TASK_DEF_KEY_ = #{taskKey}"
                + " AND END_TIME_ IS NOT NULL AND ASSIGNEE_ IS NOT NULL ORDER BY END_TIME_ DESC";
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
        lastHolder(task)
                .filter(holder -> inOneOfItsTeams(task, holder))
                .filter(holder -> mayTakeIt(task, step.get(), holder))
                .ifPresent(task::setAssignee);
    }

    /**
     * Who held the step when it last closed. A native query, as the engine's own task history query builds its SQL
     * from some hundred optional conditions each time: a tenth of a complaint's receipt, where every new step asks.
     */
    private Optional<String> lastHolder(DelegateTask task) {
        return history
                .createNativeHistoricTaskInstanceQuery()
                .sql(lastHolderSql)
                .parameter("processInstanceId", task.getProcessInstanceId())
                .parameter("taskKey", task.getTaskDefinitionKey())
                .listPage(0, 1)
                .stream()
                .map(HistoricTaskInstance::getAssignee)
                .findFirst();
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
