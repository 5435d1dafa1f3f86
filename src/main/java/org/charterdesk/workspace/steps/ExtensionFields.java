package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.workspace.ui.FormErrors;

/** Asking a manager for more working days, within what the charter still allows. */
class ExtensionFields extends Details {

    ExtensionFields(StepContext step, Consumer<ExtensionInput> submit) {
        super("Ask for more time");
        setId("extension");
        FormErrors errors = new FormErrors();
        errors.setId("extension-errors");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (step.extensionAllowance() == 0) {
            content.add(new Paragraph("The charter allows no more time on this deadline."));
            add(content);
            return;
        }
        IntegerField days = new IntegerField("Extra working days");
        days.setMin(1);
        days.setMax(step.extensionAllowance());
        days.setStepButtonsVisible(true);
        days.setHelperText("At most " + step.extensionAllowance() + " more, under the charter.");
        days.setRequiredIndicatorVisible(true);
        days.setId("extra-days");
        TextArea reason = new TextArea("Why more time is needed");
        reason.setHelperText(
                "Only in exceptional circumstances. The customer will be told this reason and the new " + "date.");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("extension-reason");
        errors.bind("extraDays", days).bind("reason", reason);
        Button ask = new Button(
                "Ask a manager for more time",
                e -> errors.attempt(() -> submit.accept(
                        new ExtensionInput(days.getValue() == null ? 0 : days.getValue(), reason.getValue()))));
        ask.setId("ask-extension");
        content.add(new Paragraph("Exceptional circumstances only. A manager decides."), errors, days, reason, ask);
        add(content);
    }
}
