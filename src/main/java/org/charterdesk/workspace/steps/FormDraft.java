package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A step's form as a draft: the words in its text areas and its choices, by field id, and back again. */
final class FormDraft {

    private FormDraft() {}

    static Map<String, String> valuesOf(Component form) {
        Map<String, String> values = new LinkedHashMap<>();
        fields(form).forEach(field -> {
            String id = field.getId().orElseThrow();
            if (field instanceof TextArea text && !text.isEmpty()) {
                values.put(id, text.getValue());
            } else if (field instanceof RadioButtonGroup<?> choice && choice.getValue() instanceof Enum<?> chosen) {
                values.put(id, chosen.name());
            }
        });
        return values;
    }

    @SuppressWarnings("unchecked")
    static void fill(Component form, Map<String, String> values) {
        fields(form).forEach(field -> {
            String value = values.get(field.getId().orElseThrow());
            if (value == null) {
                return;
            }
            if (field instanceof TextArea text) {
                text.setValue(value);
            } else if (field instanceof RadioButtonGroup<?> choice) {
                RadioButtonGroup<Object> group = (RadioButtonGroup<Object>) choice;
                group.getListDataView()
                        .getItems()
                        .filter(item -> item instanceof Enum<?> e && e.name().equals(value))
                        .findFirst()
                        .ifPresent(group::setValue);
            }
        });
    }

    private static Stream<Component> fields(Component root) {
        return root.getChildren()
                .flatMap(child -> Stream.concat(Stream.of(child), fields(child)))
                .filter(c -> c.getId().isPresent() && (c instanceof TextArea || c instanceof RadioButtonGroup<?>));
    }
}
