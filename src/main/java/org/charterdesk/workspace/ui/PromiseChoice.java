package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.PromiseRef;

/**
 * "Did we break one of our promises?": the chosen service's published promises in plain words, one of which a
 * complaint may name as not kept. Optional: "none of these, or not sure" is the answer until one is chosen. Shown
 * only once a service is chosen and only for a complaint.
 */
public class PromiseChoice extends RadioButtonGroup<Long> {

    /** The answer "none of these, or not sure". */
    static final Long NONE = 0L;

    private final Charter charter;
    private final Language language;
    private final Map<Long, String> words = new LinkedHashMap<>();

    public PromiseChoice(Charter charter, Language language, String label, String help, String none) {
        super(label);
        this.charter = charter;
        this.language = language;
        setHelperText(help);
        setId("promise-not-kept");
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        words.put(NONE, none);
        setItemLabelGenerator(id -> words.getOrDefault(id, ""));
        setVisible(false);
    }

    /** Lists the promises of this service (none: hides the question). */
    public void showFor(String serviceCode, boolean complaint) {
        String none = words.get(NONE);
        words.clear();
        words.put(NONE, none);
        if (serviceCode == null || !complaint) {
            setItems(List.of(NONE));
            setValue(NONE);
            setVisible(false);
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (PromiseRef promise : charter.promisesOf(serviceCode)) {
            words.put(promise.lineageId(), promise.in(language));
            ids.add(promise.lineageId());
        }
        Long chosen = getValue();
        ids.add(NONE);
        setItems(ids);
        setValue(ids.contains(chosen) ? chosen : NONE);
        setVisible(ids.size() > 1);
    }

    /** The promise named, or null for none. */
    public Long promise() {
        return getValue() == null || NONE.equals(getValue()) || !isVisible() ? null : getValue();
    }

    /** The answer in words, for "check your answers". */
    public String answer() {
        return words.getOrDefault(getValue() == null ? NONE : getValue(), words.get(NONE));
    }
}
