package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.Question;
import org.charterdesk.workspace.ui.PublicLanguage;
import org.charterdesk.workspace.ui.Texts;

/**
 * The page behind the one-time link in a request for more information: the question, and a way to answer it, with
 * files if the customer likes. No sign-in: the link cannot be guessed, works once, and shows nothing of the case
 * but what was asked.
 */
@Route(value = "answer", layout = PublicLayout.class)
@AnonymousAllowed
public class AnswerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final String pageTitle;
    private final InformationRequests information;
    private final Attachments attachments;

    public AnswerView(InformationRequests information, Attachments attachments, CouncilProperties council) {
        this.pageTitle = PublicTitle.of(getTranslation("answer.title"), council);
        this.information = information;
        this.attachments = attachments;
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("answer.title")));
        Optional<Question> question = information.byLink(token);
        if (question.isEmpty()) {
            message(getTranslation("answer.expired"));
            return;
        }
        showQuestion(token, question.get());
    }

    private void showQuestion(String token, Question q) {
        add(
                new Paragraph(getTranslation("track.question.heading")),
                Texts.words(q.question()),
                new Paragraph(getTranslation("track.question.by", PublicLanguage.date(q.answerDueOn()))),
                new AnswerForm(attachments, (answer, files) -> information.answerByLink(token, answer, files), () -> {
                    removeAll();
                    add(new H1(getTranslation("answer.title")));
                    message(getTranslation("track.question.sent"));
                }));
    }

    private void message(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("answer-message");
        add(paragraph);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
