package org.charterdesk.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open step and its case's reference, read by their ids as the engine's own queries would give them. */
class EngineStepsIT extends IntegrationTestBase {

    @Autowired
    EngineSteps engineSteps;

    @Test
    void anOpenStepIsFoundWithItsCaseReferenceAsTheEngineGivesThem() {
        at(LocalDate.of(2026, 11, 2));
        String reference = webComplaint("housing", "steps@example.com").getReference();
        String id = taskId(reference, ComplaintStep.TRIAGE_CONTACT);
        Task expected = taskService.createTaskQuery().taskId(id).active().singleResult();

        Task found = engineSteps.active(id).orElseThrow();

        assertThat(found)
                .extracting(
                        Task::getId,
                        Task::getName,
                        Task::getTaskDefinitionKey,
                        Task::getAssignee,
                        Task::getDueDate,
                        Task::getProcessInstanceId)
                .containsExactly(
                        expected.getId(),
                        expected.getName(),
                        expected.getTaskDefinitionKey(),
                        expected.getAssignee(),
                        expected.getDueDate(),
                        expected.getProcessInstanceId());
        assertThat(found.getName()).isEqualTo("Triage the contact");
        assertThat(engineSteps.businessKey(found.getProcessInstanceId())).contains(reference);
    }

    @Test
    void aSuspendedStepIsNotOpenAndAFinishedProcessHasNoKey() {
        at(LocalDate.of(2026, 11, 2));
        String reference = webComplaint("housing", "suspended@example.com").getReference();
        String id = taskId(reference, ComplaintStep.TRIAGE_CONTACT);
        String instance =
                taskService.createTaskQuery().taskId(id).singleResult().getProcessInstanceId();

        runtime.suspendProcessInstanceById(instance);
        assertThat(engineSteps.active(id)).isEmpty();
        assertThat(engineSteps.businessKey(instance)).contains(reference);

        runtime.activateProcessInstanceById(instance);
        assertThat(engineSteps.active(id)).isPresent();

        runtime.deleteProcessInstance(instance, "a test ends it");
        assertThat(engineSteps.active(id)).isEmpty();
        assertThat(engineSteps.businessKey(instance)).isEmpty();
        assertThat(engineSteps.active("no-such-step")).isEmpty();
    }

    @Test
    void aChildExecutionIsNotAProcessInstance() {
        at(LocalDate.of(2026, 11, 2));
        String reference = webComplaint("housing", "child@example.com").getReference();
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();

        runtime.createExecutionQuery().processInstanceId(instance).list().stream()
                .filter(execution -> !execution.getId().equals(instance))
                .forEach(child ->
                        assertThat(engineSteps.businessKey(child.getId())).isEmpty());
        assertThat(runtime.createExecutionQuery().processInstanceId(instance).count())
                .isGreaterThan(1);
    }
}
