package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.charterdesk.complaints.information.AnswerHow;
import org.charterdesk.complaints.information.AnswerInput;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;

/** Staff record the customer's answer to our question when it comes by phone or by letter. */
class AnswerTakenForm extends Details {

    AnswerTakenForm(InformationRequests information, String reference, StaffMember member, Runnable recorded) {
        super("Record the customer's answer");
        setId("answer-taken");
        FormErrors errors = new FormErrors().speakingToStaff();
        RadioButtonGroup<AnswerHow> how = new RadioButtonGroup<>("How did it come?");
        how.setItems(AnswerHow.PHONE, AnswerHow.LETTER);
        how.setItemLabelGenerator(way -> way == AnswerHow.PHONE ? "By phone" : "By letter");
        how.setValue(AnswerHow.PHONE);
        how.setId("answer-how");
        TextArea answer = new TextArea("What the customer told us");
        answer.setWidthFull();
        answer.setRequiredIndicatorVisible(true);
        answer.setId("answer-taken-text");
        errors.bind("answer", answer).bind("how", how);
        Button record = new Button("Record the answer", e -> {
            if (errors.attempt(() -> information.answerTakenByStaff(
                    reference, new AnswerInput(answer.getValue()), how.getValue(), member))) {
                Notification.show(
                                "Recorded the customer's answer on " + reference
                                        + ": the case is back with the officer who asked",
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                recorded.run();
            }
        });
        record.setId("record-answer");
        VerticalLayout content = new VerticalLayout(errors, how, answer, record);
        content.setPadding(false);
        add(content);
    }
}
