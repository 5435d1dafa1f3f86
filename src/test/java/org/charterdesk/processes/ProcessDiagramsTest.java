package org.charterdesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every process the engine runs can be read by people: each step, event and deciding gateway has a business name, and the
 * diagram draws every one of them and every flow, so Cockpit and the Camunda Modeler show the whole process.
 */
class ProcessDiagramsTest {

    static List<Path> processes() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyElementIsNamedAndDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId())
                .toList();
        List<String> drawnFlows = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId())
                .toList();
        List<FlowNode> nodes = List.copyOf(model.getModelElementsByType(FlowNode.class));

        assertThat(nodes).isNotEmpty();
        // A gateway that only joins paths asks nothing, so by convention it has no name.
        assertThat(nodes)
                .filteredOn(
                        node -> !(node instanceof Gateway && node.getOutgoing().size() == 1))
                .allSatisfy(node -> assertThat(node.getName())
                        .as("name of %s in %s", node.getId(), file)
                        .isNotBlank());
        assertThat(drawn).containsAll(ids(nodes));
        assertThat(drawnFlows).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
    }

    private static List<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }
}
