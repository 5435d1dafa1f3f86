package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.reporting.SurveyAnswers;
import org.charterdesk.reporting.Surveys;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The satisfaction survey behind the link in the closure email: four questions on a five-point scale and a
 * comment, no sign-in. The link cannot be guessed and is used once; it shows nothing about the complaint but its
 * reference and service.
 */
@Route(value = "survey", layout = PublicLayout.class)
@AnonymousAllowed
public class SurveyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final String pageTitle;

    private static final List<Integer> SCALE = List.of(5, 4, 3, 2, 1);

    private final Surveys surveys;

    public SurveyView(Surveys surveys, CouncilProperties council) {
        this.pageTitle = PublicTitle.of(getTranslation("survey.title"), council);
        this.surveys = surveys;
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("survey.heading")));
        var invitation = surveys.invitation(token);
        if (invitation.isEmpty()) {
            message(getTranslation("survey.invalid"));
            return;
        }
        if (invitation.get().answered()) {
            message(getTranslation("survey.answered"));
            return;
        }
        add(new Paragraph(getTranslation(
                "survey.intro", invitation.get().reference(), invitation.get().serviceName())));
        showQuestions(token);
    }

    private void showQuestions(String token) {
        FormErrors errors = new FormErrors();
        RadioButtonGroup<Integer> ease = question("ease");
        RadioButtonGroup<Integer> informed = question("informed");
        RadioButtonGroup<Integer> clear = question("clear");
        RadioButtonGroup<Integer> satisfied = question("satisfied");
        TextArea comment = new TextArea(getTranslation("survey.comment"));
        comment.setWidthFull();
        comment.setId("survey-comment");
        errors.bind("ease", ease)
                .bind("keptInformed", informed)
                .bind("clearAnswer", clear)
                .bind("satisfied", satisfied)
                .bind("comment", comment);
        Button send = new Button(getTranslation("survey.send"), e -> {
            SurveyAnswers answers = new SurveyAnswers(
                    ease.getValue(), informed.getValue(), clear.getValue(), satisfied.getValue(), comment.getValue());
            if (errors.attempt(() -> surveys.answer(token, answers))) {
                removeAll();
                add(new H1(getTranslation("survey.thanks.heading")));
                message(getTranslation("survey.thanks"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-survey");
        add(errors, ease, informed, clear, satisfied, comment, send);
    }

    private void message(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("survey-message");
        add(paragraph);
    }

    /** A question on a scale of 5 (best) to 1 (worst), its words from the bundle under "survey.<id>". */
    private RadioButtonGroup<Integer> question(String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("survey." + id));
        group.setItems(SCALE);
        group.setItemLabelGenerator(value -> switch (value) {
            case 5 -> "5 " + getTranslation("survey." + id + ".best");
            case 1 -> "1 " + getTranslation("survey." + id + ".worst");
            default -> String.valueOf(value);
        });
        group.setRequiredIndicatorVisible(true);
        group.setId("survey-" + id);
        return group;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
