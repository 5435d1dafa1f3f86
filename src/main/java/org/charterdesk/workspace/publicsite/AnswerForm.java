package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.complaints.information.AnswerInput;
import org.charterdesk.workspace.ui.FileAttacher;
import org.charterdesk.workspace.ui.FormErrors;

/** The customer's answer to our question, with photos or documents if they like: on the link's page and on /track. */
class AnswerForm extends VerticalLayout {

    /** {@code send} keeps the answer (or throws with what is wrong); {@code sent} runs once it has. */
    AnswerForm(Attachments attachments, BiConsumer<AnswerInput, List<ReceivedFile>> send, Runnable sent) {
        setPadding(false);
        FormErrors errors = new FormErrors();
        errors.setId("answer-errors");
        TextArea answer = new TextArea(getTranslation("track.question.answer"));
        answer.setWidthFull();
        answer.setRequiredIndicatorVisible(true);
        answer.setId("answer");
        errors.bind("answer", answer);
        FileAttacher files = new FileAttacher(attachments, "answer-attachments");
        Button button = new Button(getTranslation("track.question.send"), e -> {
            if (errors.attempt(() -> send.accept(new AnswerInput(answer.getValue()), files.files()))) {
                sent.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("send-answer");
        add(errors, answer, files, button);
    }
}
