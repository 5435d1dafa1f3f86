package org.charterdesk.workspace.steps;

import static org.charterdesk.validation.InputRules.stripToNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase.TriageFacts;
import org.charterdesk.complaints.StandardParagraphs;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.complaints.steps.StepDrafts;
import org.charterdesk.complaints.steps.TriageStep;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The form of each officer's step of the complaints procedure. Each form checks its input on the server and
 * completes the step in the same transaction as what it saves; {@code done} runs only once that has committed.
 */
@SpringComponent
class StepForms {

    private final TriageStep triage;
    private final FrontlineSteps frontline;
    private final InvestigationSteps investigation;
    private final DecisionForm decisions;
    private final LetterPreviews previews;
    private final StepDrafts drafts;
    private final StandardParagraphs paragraphs;
    private final QuestionForm questions;

    StepForms(
            QuestionForm questions,
            TriageStep triage,
            FrontlineSteps frontline,
            InvestigationSteps investigation,
            DecisionForm decisions,
            LetterPreviews previews,
            StepDrafts drafts,
            StandardParagraphs paragraphs) {
        this.paragraphs = paragraphs;
        this.questions = questions;
        this.previews = previews;
        this.drafts = drafts;
        this.triage = triage;
        this.frontline = frontline;
        this.investigation = investigation;
        this.decisions = decisions;
    }

    Component formFor(StepContext step, StaffMember member, Consumer<String> said) {
        String ref = step.caseReference();
        Consumer<String> done = sent -> said.accept(switch (step.step()) {
                    case TRIAGE_CONTACT -> "Triaged " + ref;
                    case ACKNOWLEDGE_COMPLAINT -> "Acknowledged " + ref + " to the customer";
                    case RESPOND_AT_FRONTLINE -> "Sent the stage 1 response on " + ref;
                    case ACKNOWLEDGE_STAGE_2 -> "Agreed the points of complaint on " + ref;
                    case INVESTIGATE -> "Sent the final response on " + ref + " to a manager to sign off";
                    default -> "Decided '" + step.step().displayName() + "' on " + ref;
                }
                + (sent == null ? "" : ". " + sent));
        Consumer<ExtensionInput> askedForTime = input -> said.accept(askedForTime(step, input));
        return switch (step.step()) {
            case TRIAGE_CONTACT -> triage(step, member, done);
            case ACKNOWLEDGE_COMPLAINT -> acknowledge(step, member, done);
            case RESPOND_AT_FRONTLINE -> respond(step, member, done, askedForTime, said);
            case ACKNOWLEDGE_STAGE_2 -> agreePoints(step, member, done);
            case INVESTIGATE -> investigate(step, member, done, askedForTime, said);
            case DECIDE_WITHOUT_STAGE_1_ANSWER, DECIDE_WITHOUT_STAGE_2_ANSWER -> questions.noAnswer(step, member, said);
            case DECIDE_STAGE_1_EXTENSION, DECIDE_STAGE_2_EXTENSION, DECIDE_ESCALATION, SIGN_OFF_FINAL_RESPONSE ->
                decisions.create(step, member, done);
        };
    }

    private VerticalLayout triage(StepContext step, StaffMember member, Consumer<String> done) {
        FormErrors errors = new FormErrors();
        Select<MatterType> matter = new Select<>();
        matter.setLabel("What is it?");
        matter.setItems(MatterType.values());
        matter.setItemLabelGenerator(MatterType::displayName);
        matter.setRequiredIndicatorVisible(true);
        matter.setId("matter-type");
        Checkbox complex = new Checkbox("Complex: needs an investigation from the start");
        Checkbox serious = new Checkbox("Serious");
        Checkbox highRisk = new Checkbox("High risk to the customer or others");
        TextArea note = new TextArea("Note");
        note.setWidthFull();
        errors.bind("matterType", matter).bind("note", note);
        Button save = checked(
                "Save the triage",
                "complete-step",
                errors,
                step.caseReference(),
                () -> triage.complete(
                        step.taskId(),
                        new TriageFacts(
                                matter.getValue(),
                                complex.getValue(),
                                serious.getValue(),
                                highRisk.getValue(),
                                stripToNull(note.getValue())),
                        member),
                done);
        return form(errors, matter, complex, serious, highRisk, note, save);
    }

    private VerticalLayout acknowledge(StepContext step, StaffMember member, Consumer<String> done) {
        FormErrors errors = new FormErrors();
        Button save = checked(
                "Mark as acknowledged",
                "complete-step",
                errors,
                step.caseReference(),
                () -> frontline.acknowledge(step.taskId(), member),
                done);
        return form(
                errors,
                new Paragraph("Acknowledge the complaint to the customer. The stage 1 response is then "
                        + "due within the charter's working days from today."),
                save);
    }

    /** What an officer is told after asking for more time: who will decide, and on what. */
    private static String askedForTime(StepContext step, ExtensionInput input) {
        int days = input.extraDays();
        return "Asked a manager of " + step.serviceName() + " for " + days
                + (days == 1 ? " more working day" : " more working days") + " on " + step.caseReference()
                + ". You will hear when they decide.";
    }

    private VerticalLayout respond(
            StepContext step,
            StaffMember member,
            Consumer<String> done,
            Consumer<ExtensionInput> askedForTime,
            Consumer<String> said) {
        FormErrors errors = new FormErrors();
        DecisionFields decision = new DecisionFields(errors, "", paragraphs.of(step.serviceCode(), member));
        Button send = checked(
                "Send the response",
                "complete-step",
                errors,
                step.caseReference(),
                () -> frontline.respond(step.taskId(), decision.value(), member),
                done);
        ExtensionFields extension = new ExtensionFields(step, input -> {
            frontline.requestExtension(step.taskId(), input, member);
            askedForTime.accept(input);
        });
        return withDraft(
                form(errors, decision, send, extension, questions.ask(step, member, said)), step, member, count -> {});
    }

    private VerticalLayout agreePoints(StepContext step, StaffMember member, Consumer<String> done) {
        FormErrors errors = new FormErrors();
        VerticalLayout pointFields = new VerticalLayout();
        pointFields.setPadding(false);
        List<TextArea> points = new ArrayList<>();
        Runnable addPoint = () -> {
            TextArea point = new TextArea("Point of complaint " + (points.size() + 1));
            point.setWidthFull();
            point.setId("point-" + (points.size() + 1));
            point.setRequiredIndicatorVisible(points.isEmpty());
            errors.bind("points[" + points.size() + "]", point);
            points.add(point);
            pointFields.add(point);
        };
        addPoint.run();
        Button another = new Button("Add another point", e -> addPoint.run());
        another.setId("add-point");
        TextArea outcome = agreedOutcome(step, errors);
        if (!points.isEmpty()) {
            errors.bind("points", points.get(0));
        }
        Button save = checked(
                "Acknowledge and record the points",
                "complete-step",
                errors,
                step.caseReference(),
                () -> investigation.acknowledge(
                        step.taskId(),
                        new PointsInput(
                                points.stream()
                                        .map(TextArea::getValue)
                                        .filter(text -> !text.isBlank())
                                        .toList(),
                                stripToNull(outcome.getValue())),
                        member),
                done);
        VerticalLayout form = form(
                errors,
                new Paragraph("Agree with the customer what the investigation will look at, then "
                        + "acknowledge their stage 2 complaint."),
                pointFields,
                another,
                outcome,
                save);
        return withDraft(form, step, member, count -> {
            while (points.size() < count) {
                addPoint.run();
            }
        });
    }

    private static TextArea agreedOutcome(StepContext step, FormErrors errors) {
        TextArea outcome = new TextArea("Outcome the customer seeks, as agreed");
        outcome.setWidthFull();
        outcome.setValue(step.outcomeSought() == null ? "" : step.outcomeSought());
        outcome.setId("agreed-outcome");
        errors.bind("outcomeSought", outcome);
        return outcome;
    }

    private VerticalLayout investigate(
            StepContext step,
            StaffMember member,
            Consumer<String> done,
            Consumer<ExtensionInput> askedForTime,
            Consumer<String> said) {
        FormErrors errors = new FormErrors();
        List<TextArea> findings = new ArrayList<>();
        VerticalLayout findingFields = new VerticalLayout();
        findingFields.setPadding(false);
        for (String point : step.points()) {
            TextArea finding = new TextArea("Finding on point " + (findings.size() + 1) + ": " + point);
            finding.setWidthFull();
            finding.setRequiredIndicatorVisible(true);
            finding.setId("finding-" + (findings.size() + 1));
            errors.bind("findings[" + findings.size() + "]", finding);
            findings.add(finding);
            findingFields.add(finding);
        }
        DecisionFields decision = new DecisionFields(errors, "decision.", paragraphs.of(step.serviceCode(), member));
        Button send = checked(
                "Send to a manager for sign-off",
                "complete-step",
                errors,
                step.caseReference(),
                () -> investigation.submit(
                        step.taskId(),
                        new InvestigationInput(
                                findings.stream().map(TextArea::getValue).toList(), decision.value()),
                        member),
                done);
        ExtensionFields extension = new ExtensionFields(step, input -> {
            investigation.requestExtension(step.taskId(), input, member);
            askedForTime.accept(input);
        });
        return withDraft(
                form(errors, findingFields, decision, send, extension, questions.ask(step, member, said)),
                step,
                member,
                count -> {});
    }

    /**
     * The button that does a step: the action is checked as it would run, the member reads what it would send the
     * customer and confirms (see {@link LetterCheck}), and {@code done} hears to whom it went.
     */
    Button checked(
            String text, String id, FormErrors errors, String reference, Runnable action, Consumer<String> done) {
        return checked(previews, text, id, errors, reference, action, done);
    }

    static Button checked(
            LetterPreviews previews,
            String text,
            String id,
            FormErrors errors,
            String reference,
            Runnable action,
            Consumer<String> done) {
        Button button = new Button(text, e -> LetterCheck.thenRun(previews, reference, errors, action, done));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }

    /**
     * A "Save as draft" button for the form, and the draft saved before, if any, filled in with a note of who saved
     * it and when. {@code points} makes room for the number of points of complaint the draft has.
     */
    private VerticalLayout withDraft(VerticalLayout form, StepContext step, StaffMember member, IntConsumer points) {
        Button save = new Button("Save as draft", e -> {
            StepDrafts.Draft saved = drafts.save(step.taskId(), FormDraft.valuesOf(form), member);
            Notification.show(
                            "Saved a draft of " + step.step().displayName() + " on " + step.caseReference()
                                    + ": nothing has been sent",
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            note(form, saved);
        });
        save.setId("save-draft");
        form.add(save);
        drafts.of(step.taskId(), member).ifPresent(draft -> {
            points.accept((int) draft.fields().keySet().stream()
                    .filter(field -> field.startsWith("point-"))
                    .count());
            FormDraft.fill(form, draft.fields());
            note(form, draft);
        });
        return form;
    }

    private static void note(VerticalLayout form, StepDrafts.Draft draft) {
        form.getChildren()
                .filter(c -> c.getId().filter("draft-note"::equals).isPresent())
                .toList()
                .forEach(form::remove);
        Paragraph note = new Paragraph("Draft saved by " + draft.savedByName() + " on " + Texts.time(draft.savedAt())
                + ". Nothing in it has been sent.");
        note.setId("draft-note");
        form.addComponentAtIndex(1, note);
    }

    private static VerticalLayout form(FormErrors errors, Component... parts) {
        VerticalLayout form = new VerticalLayout(errors);
        form.setPadding(false);
        form.add(parts);
        form.setId("step-form");
        return form;
    }
}
