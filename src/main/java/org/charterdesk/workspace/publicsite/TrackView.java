package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CaseTracking;
import org.charterdesk.complaints.TrackedCase;
import org.charterdesk.complaints.WithdrawalInput;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.FileOnCase;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.FileAttacher;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.PublicLanguage;
import org.charterdesk.workspace.ui.Texts;

/**
 * A customer checks on their complaint with its reference and the email address, phone number or postcode they gave
 * us, and can ask for stage 2 when still unhappy with the stage 1 answer. Nothing is shown unless both match;
 * repeated wrong guesses wait.
 */
@Route(value = "track", layout = PublicLayout.class)
@AnonymousAllowed
public class TrackView extends VerticalLayout implements HasDynamicTitle {

    private final String pageTitle;

    private final CaseTracking tracking;
    private final CouncilProperties council;
    private final Attachments attachments;
    private final String caller;
    private final TextField reference = new TextField(getTranslation("track.reference"));
    private final TextField proof = new TextField(getTranslation("track.proof"));
    private final Div result = new Div();

    public TrackView(CaseTracking tracking, CouncilProperties council, Attachments attachments) {
        this.pageTitle = PublicTitle.of(getTranslation("track.title"), council);
        this.attachments = attachments;
        this.tracking = tracking;
        this.council = council;
        VaadinRequest request = VaadinRequest.getCurrent();
        this.caller = request == null ? "unknown" : request.getRemoteAddr();
        setPadding(false);
        FormErrors errors = new FormErrors();
        reference.setPlaceholder(getTranslation("track.reference.example"));
        reference.setRequiredIndicatorVisible(true);
        reference.setId("reference");
        proof.setRequiredIndicatorVisible(true);
        proof.setId("proof");
        proof.setHelperText(getTranslation("track.proof.help"));
        // Wide enough for the whole label on a desktop, and never wider than a phone's screen.
        proof.setWidth("22em");
        proof.setMaxWidth("100%");
        reference.setMaxWidth("100%");
        errors.bind("reference", reference).bind("proof", proof);
        Button look = new Button(getTranslation("track.show"), e -> lookUp(errors));
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        look.setId("look-up");
        look.addClickShortcut(Key.ENTER);
        result.setId("tracked-case");
        add(
                new H1(getTranslation("track.title")),
                new Paragraph(getTranslation("track.intro")),
                errors,
                reference,
                proof,
                look,
                result);
    }

    private void lookUp(FormErrors errors) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (reference.getValue().isBlank()) {
            missing.put("reference", getTranslation("track.reference.missing"));
        }
        if (proof.getValue().isBlank()) {
            missing.put("proof", getTranslation("track.proof.missing"));
        }
        if (!missing.isEmpty()) {
            errors.show(new InvalidInputException(missing));
            return;
        }
        TrackedCase[] found = new TrackedCase[1];
        result.removeAll();
        if (errors.attempt(() -> found[0] = tracking.find(reference.getValue(), proof.getValue(), caller))) {
            show(found[0]);
        }
    }

    private void show(TrackedCase c) {
        result.removeAll();
        result.add(new H2(getTranslation("kind." + lower(c.kind())) + " " + c.reference()));
        DescriptionList facts = new DescriptionList();
        add(facts, getTranslation("track.service"), PublicLanguage.serviceName(c.service()));
        add(
                facts,
                getTranslation("track.where"),
                (c.stage() == null ? "" : getTranslation("stage." + lower(c.stage())) + ". ")
                        + getTranslation("status." + lower(c.status())));
        if (c.nextDue() != null) {
            add(
                    facts,
                    getTranslation("track.next"),
                    getTranslation(
                            "track.next.by",
                            getTranslation(PublicLanguage.keyFor("step.", c.nextStep())),
                            PublicLanguage.date(c.nextDue())));
        }
        if (c.outcome() != null) {
            add(facts, getTranslation("track.decision"), getTranslation("outcome." + lower(c.outcome())));
        }
        result.add(facts);
        showDecision(c);
        if (c.declineReason() != null) {
            result.add(new Paragraph(getTranslation(
                    "track.declined", c.declineReason(), council.ombudsmanName(), council.ombudsmanWebsite())));
        } else if (c.status() == CaseStatus.CLOSED
                && c.stage() != null
                && !c.mayAskForStage2()
                && c.stage().name().equals("STAGE_2")) {
            result.add(
                    new Paragraph(getTranslation("track.final", council.ombudsmanName(), council.ombudsmanWebsite())));
        }
        if (c.ombudsman() != null) {
            Paragraph ombudsman = new Paragraph(getTranslation("track.ombudsman", c.ombudsman()));
            ombudsman.setId("with-the-ombudsman");
            result.add(ombudsman);
        }
        if (c.question() != null) {
            result.add(question(c));
        }
        result.add(files(c));
        if (c.mayAskForStage2()) {
            result.add(stage2Request(c));
        }
        if (c.mayWithdraw()) {
            result.add(withdrawal(c));
        }
    }

    private void showDecision(TrackedCase c) {
        if (c.response() != null) {
            result.add(new Paragraph(getTranslation("track.said")), Texts.words(c.response()));
        }
        if (c.apology() != null) {
            result.add(new Paragraph(getTranslation("track.apology")), Texts.words(c.apology()));
        }
        if (c.remedy() != null) {
            result.add(new Paragraph(getTranslation("track.remedy")), Texts.words(c.remedy()));
        }
    }

    private VerticalLayout stage2Request(TrackedCase c) {
        FormErrors errors = new FormErrors();
        errors.setId("stage-2-errors");
        TextArea reason = new TextArea(getTranslation("track.stage2.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("stage-2-reason");
        errors.bind("reason", reason);
        Button ask = new Button(getTranslation("track.stage2.ask"), e -> {
            TrackedCase[] updated = new TrackedCase[1];
            if (errors.attempt(() ->
                    updated[0] = tracking.askForStage2(c.reference(), proof.getValue(), reason.getValue(), caller))) {
                show(updated[0]);
                Paragraph done = new Paragraph(getTranslation("track.stage2.asked"));
                done.setId("stage-2-asked");
                result.addComponentAsFirst(done);
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("ask-stage-2");
        VerticalLayout form = new VerticalLayout(
                new H2(getTranslation("track.stage2.heading")),
                new Paragraph(getTranslation("track.stage2.intro", PublicLanguage.date(c.lastDayToAsk()))),
                errors,
                reason,
                ask);
        form.setPadding(false);
        return form;
    }

    /** The files the customer sent, each to download again, and a way to send more while the case is open. */
    private VerticalLayout files(TrackedCase c) {
        Div list = new Div();
        list.setId("your-files");
        if (c.files().isEmpty()) {
            list.add(new Paragraph(getTranslation("track.files.none")));
        }
        for (FileOnCase file : c.files()) {
            list.add(new Div(Downloads.file(
                    getTranslation("attach.file", file.fileName(), file.sizeInWords()),
                    () -> tracking.download(c.reference(), proof.getValue(), file.id(), caller))));
        }
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("track.files.heading")), list);
        section.setPadding(false);
        if (c.mayAttach()) {
            FormErrors errors = new FormErrors();
            errors.setId("track-files-errors");
            FileAttacher more = new FileAttacher(attachments, "track-attachments");
            Button send = new Button(getTranslation("track.files.send"), e -> {
                TrackedCase[] updated = new TrackedCase[1];
                if (errors.attempt(
                        () -> updated[0] = tracking.attach(c.reference(), proof.getValue(), more.files(), caller))) {
                    more.clear();
                    show(updated[0]);
                    Paragraph done = new Paragraph(getTranslation("track.files.sent"));
                    done.setId("files-sent");
                    result.addComponentAsFirst(done);
                }
            });
            send.setId("send-files");
            section.add(errors, more, send);
        }
        return section;
    }

    /** What we asked the customer, and a way to answer it, with files if they like. */
    private VerticalLayout question(TrackedCase c) {
        TrackedCase[] updated = new TrackedCase[1];
        VerticalLayout section = new VerticalLayout(
                new H2(getTranslation("track.question.heading")),
                Texts.words(c.question()),
                new Paragraph(getTranslation("track.question.by", PublicLanguage.date(c.answerBy()))),
                new AnswerForm(
                        attachments,
                        (answer, files) ->
                                updated[0] = tracking.answer(c.reference(), proof.getValue(), answer, files, caller),
                        () -> {
                            show(updated[0]);
                            Paragraph done = new Paragraph(getTranslation("track.question.sent"));
                            done.setId("answer-sent");
                            result.addComponentAsFirst(done);
                        }));
        section.setId("our-question");
        section.setPadding(false);
        return section;
    }

    /** The customer can withdraw the complaint: closed at once, and confirmed by letter. */
    private Details withdrawal(TrackedCase c) {
        FormErrors errors = new FormErrors();
        errors.setId("withdraw-errors");
        TextArea reason = new TextArea(getTranslation("track.withdraw.reason"));
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        errors.bind("reason", reason);
        Button withdraw = new Button(getTranslation("track.withdraw.button"), e -> {
            TrackedCase[] updated = new TrackedCase[1];
            if (errors.attempt(() -> updated[0] = tracking.withdraw(
                    c.reference(), proof.getValue(), new WithdrawalInput(reason.getValue()), caller))) {
                show(updated[0]);
                Paragraph done = new Paragraph(getTranslation("track.withdrawn"));
                done.setId("withdrawn");
                result.addComponentAsFirst(done);
            }
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw");
        Details details = new Details(
                getTranslation("track.withdraw.heading"),
                new Paragraph(getTranslation("track.withdraw.intro")),
                errors,
                reason,
                withdraw);
        details.setId("withdraw-section");
        return details;
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static void add(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
