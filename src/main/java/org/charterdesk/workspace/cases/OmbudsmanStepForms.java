package org.charterdesk.workspace.cases;

import static org.charterdesk.workspace.cases.OmbudsmanSection.column;
import static org.charterdesk.workspace.cases.OmbudsmanSection.primary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.ombudsman.DecisionInput;
import org.charterdesk.complaints.ombudsman.OmbudsmanCase;
import org.charterdesk.complaints.ombudsman.OmbudsmanDecision;
import org.charterdesk.complaints.ombudsman.OmbudsmanSteps;
import org.charterdesk.complaints.ombudsman.RecommendationInput;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FileAttacher;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/** The form of each open step of the ombudsman process, shown in the case page's "Ombudsman" section. */
@SpringComponent
class OmbudsmanStepForms {

    private final OmbudsmanSteps steps;
    private final StaffDirectory directory;
    private final Attachments attachments;

    OmbudsmanStepForms(OmbudsmanSteps steps, StaffDirectory directory, Attachments attachments) {
        this.steps = steps;
        this.directory = directory;
        this.attachments = attachments;
    }

    Component formFor(String serviceCode, OmbudsmanCase.Step step, StaffMember member, Runnable changed) {
        Div shown = new Div(new H3(step.name()));
        shown.setId("ombudsman-step-" + step.key());
        shown.addClassName("ombudsman-step");
        if (step.forWhat() != null) {
            shown.add(new Paragraph(step.forWhat()));
        }
        if (step.dueOn() != null) {
            shown.add(new Paragraph("Due " + Texts.date(step.dueOn())));
        }
        if (!step.mayDo()) {
            shown.add(new Paragraph(
                    step.holderName() == null ? "For the service's team." : step.holderName() + " holds this step."));
            return shown;
        }
        FormErrors errors = new FormErrors().speakingToStaff();
        shown.add(errors);
        shown.add(
                switch (step.key()) {
                    case "AnswerOmbudsmanRequest" ->
                        text(
                                errors,
                                "answer",
                                "What we sent the ombudsman",
                                "Record the answer",
                                changed,
                                words -> steps.answerRequest(step.taskId(), words, member));
                    case "PrepareSubmission" ->
                        text(
                                errors,
                                "submission",
                                "The council's submission",
                                "Send to a manager to sign off",
                                changed,
                                words -> steps.submit(step.taskId(), words, member));
                    case "DoRecommendation" ->
                        text(
                                errors,
                                "evidence",
                                "The evidence that it is done",
                                "It is done",
                                changed,
                                words -> steps.recommendationDone(step.taskId(), words, member));
                    case "SignOffSubmission" -> signOff(errors, step, member, changed);
                    case "ApproveRecommendation" -> approve(errors, step, member, changed);
                    default -> decision(errors, serviceCode, step, member, changed);
                });
        return shown;
    }

    private static VerticalLayout text(
            FormErrors errors, String field, String label, String action, Runnable changed, Consumer<String> done) {
        TextArea words = new TextArea(label);
        words.setWidthFull();
        words.setId("ombudsman-" + field);
        errors.bind(field, words);
        Button button = primary(new Button(action, e -> {
            if (errors.attempt(() -> done.accept(words.getValue()))) {
                changed.run();
            }
        }));
        button.setId("ombudsman-" + field + "-done");
        return column(words, button);
    }

    private VerticalLayout signOff(FormErrors errors, OmbudsmanCase.Step step, StaffMember member, Runnable changed) {
        TextArea comments = new TextArea("What to change (to send it back)");
        comments.setWidthFull();
        comments.setId("ombudsman-comments");
        errors.bind("comments", comments);
        Button approve = primary(new Button(
                "Sign it off",
                e -> run(errors, changed, () -> steps.signOff(step.taskId(), true, comments.getValue(), member))));
        approve.setId("ombudsman-sign-off");
        Button back = new Button(
                "Send it back",
                e -> run(errors, changed, () -> steps.signOff(step.taskId(), false, comments.getValue(), member)));
        back.setId("ombudsman-send-back");
        return column(comments, new HorizontalLayout(approve, back));
    }

    private VerticalLayout approve(FormErrors errors, OmbudsmanCase.Step step, StaffMember member, Runnable changed) {
        DatePicker told = new DatePicker("Date the ombudsman was told", LocalDate.now());
        told.setId("ombudsman-told");
        TextArea comments = new TextArea("What is still to do (to send it back)");
        comments.setWidthFull();
        comments.setId("ombudsman-comments");
        errors.bind("toldOmbudsmanOn", told).bind("comments", comments);
        Button approve = primary(new Button(
                "Approve: it is done",
                e -> run(
                        errors,
                        changed,
                        () -> steps.approveRecommendation(
                                step.taskId(), true, told.getValue(), comments.getValue(), member))));
        approve.setId("ombudsman-approve");
        Button back = new Button(
                "Send it back",
                e -> run(
                        errors,
                        changed,
                        () -> steps.approveRecommendation(step.taskId(), false, null, comments.getValue(), member)));
        back.setId("ombudsman-not-done");
        return column(told, comments, new HorizontalLayout(approve, back));
    }

    private VerticalLayout decision(
            FormErrors errors, String serviceCode, OmbudsmanCase.Step step, StaffMember member, Runnable changed) {
        Select<OmbudsmanDecision> decision = new Select<>();
        decision.setLabel("The ombudsman's decision");
        decision.setItems(OmbudsmanDecision.values());
        decision.setItemLabelGenerator(OmbudsmanDecision::displayName);
        decision.setId("ombudsman-decision");
        DatePicker decidedOn = new DatePicker("Date of the decision", LocalDate.now());
        decidedOn.setId("ombudsman-decided-on");
        TextArea summary = new TextArea("Summary of the decision");
        summary.setWidthFull();
        summary.setId("ombudsman-decision-summary");
        errors.bind("decision", decision).bind("decidedOn", decidedOn).bind("summary", summary);
        List<String> staff = directory.staffOf(serviceCode);
        VerticalLayout rows = column();
        List<RecommendationRow> recommendations = new ArrayList<>();
        Button add = new Button("Add a recommendation", e -> {
            RecommendationRow row = new RecommendationRow(recommendations.size() + 1, staff, directory, errors);
            recommendations.add(row);
            rows.add(row.layout());
        });
        add.setId("ombudsman-add-recommendation");
        FileAttacher letter = new FileAttacher(attachments, "ombudsman-decision-letter");
        Button record = primary(new Button(
                "Record the decision",
                e -> run(
                        errors,
                        changed,
                        () -> steps.recordDecision(
                                step.taskId(),
                                new DecisionInput(
                                        decision.getValue(),
                                        decidedOn.getValue(),
                                        summary.getValue(),
                                        recommendations.stream()
                                                .map(RecommendationRow::value)
                                                .toList()),
                                letter.files(),
                                member))));
        record.setId("ombudsman-record-decision");
        return column(decision, decidedOn, summary, rows, add, letter, record);
    }

    private static void run(FormErrors errors, Runnable changed, Runnable action) {
        if (errors.attempt(action)) {
            changed.run();
        }
    }

    /** One recommendation being entered: what, whose, by when. */
    private record RecommendationRow(TextArea what, Select<String> owner, DatePicker due) {

        RecommendationRow(int n, List<String> staff, StaffDirectory directory, FormErrors errors) {
            this(new TextArea("Recommendation " + n), new Select<>(), new DatePicker("Due by"));
            what.setWidthFull();
            what.setId("ombudsman-recommendation-" + n);
            owner.setLabel("Owner");
            owner.setItems(staff);
            owner.setItemLabelGenerator(directory::displayName);
            owner.setId("ombudsman-owner-" + n);
            due.setId("ombudsman-due-" + n);
            String prefix = "recommendations[" + (n - 1) + "].";
            errors.bind(prefix + "what", what).bind(prefix + "owner", owner).bind(prefix + "dueOn", due);
        }

        RecommendationInput value() {
            return new RecommendationInput(what.getValue(), owner.getValue(), due.getValue());
        }

        HorizontalLayout layout() {
            return new HorizontalLayout(what, owner, due);
        }
    }
}
