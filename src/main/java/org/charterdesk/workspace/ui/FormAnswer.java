package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;

/** One answer as the person who gave it will check it: the question, what they said, and the field to change it. */
public record FormAnswer(String question, String answer, Component field) {

    /** What a summary shows for a question left empty. */
    public static final String NOT_GIVEN = "Not given";

    public FormAnswer {
        answer = answer == null || answer.isBlank() ? NOT_GIVEN : answer.strip();
    }

    /** Puts the focus in the field, to change the answer. */
    public void focusField() {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            field.getElement().executeJs("this.focus()");
        }
    }
}
