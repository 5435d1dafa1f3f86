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
        this.pageTitle = PublicTitle.of("How did we do?", council);
        this.surveys = surveys;
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("How did we handle your complaint?"));
        var invitation = surveys.invitation(token);
        if (invitation.isEmpty()) {
            message("This survey link is not valid. Please use the link in your email.");
            return;
        }
        if (invitation.get().answered()) {
            message("This survey has already been answered. Thank you for telling us.");
            return;
        }
        add(new Paragraph("Your complaint " + invitation.get().reference() + " to "
                + invitation.get().serviceName()
                + " is closed. Five short questions; your answers help us do better."));
        showQuestions(token);
    }

    private void showQuestions(String token) {
        FormErrors errors = new FormErrors();
        RadioButtonGroup<Integer> ease =
                question("ease", "How easy was it to make your complaint?", "Very easy", "Very difficult");
        RadioButtonGroup<Integer> informed =
                question("informed", "Were you kept informed while we dealt with it?", "Very well", "Not at all");
        RadioButtonGroup<Integer> clear = question("clear", "Was our answer clear?", "Very clear", "Not clear at all");
        RadioButtonGroup<Integer> satisfied = question(
                "satisfied",
                "Overall, how satisfied are you with how we handled your complaint?",
                "Very satisfied",
                "Very dissatisfied");
        TextArea comment = new TextArea("Anything else you would like to tell us? (optional)");
        comment.setWidthFull();
        comment.setId("survey-comment");
        errors.bind("ease", ease)
                .bind("keptInformed", informed)
                .bind("clearAnswer", clear)
                .bind("satisfied", satisfied)
                .bind("comment", comment);
        Button send = new Button("Send my answers", e -> {
            SurveyAnswers answers = new SurveyAnswers(
                    ease.getValue(), informed.getValue(), clear.getValue(), satisfied.getValue(), comment.getValue());
            if (errors.attempt(() -> surveys.answer(token, answers))) {
                removeAll();
                add(new H1("Thank you"));
                message("Thank you for your answers. We read every one.");
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

    private static RadioButtonGroup<Integer> question(String id, String question, String best, String worst) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(question);
        group.setItems(SCALE);
        group.setItemLabelGenerator(value -> switch (value) {
            case 5 -> "5 " + best.toLowerCase();
            case 1 -> "1 " + worst.toLowerCase();
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
