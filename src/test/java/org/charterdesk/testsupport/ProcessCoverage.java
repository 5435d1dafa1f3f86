package org.charterdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** The check that a process's tests ran every element of its model: no path of it goes untested. */
public final class ProcessCoverage {

    private ProcessCoverage() {}

    /** Every flow node of the latest version of the process has been executed at least once; returns their count. */
    public static int assertEveryElementRan(ProcessEngine engine, String processKey) {
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult()
                .getId();
        Set<String> elements =
                engine
                        .getRepositoryService()
                        .getBpmnModelInstance(definition)
                        .getModelElementsByType(FlowNode.class)
                        .stream()
                        .map(FlowNode::getId)
                        .collect(Collectors.toSet());
        Set<String> executed = engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processDefinitionId(definition)
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        assertThat(executed).as("elements of %s that no test ran", processKey).containsAll(elements);
        return elements.size();
    }
}
