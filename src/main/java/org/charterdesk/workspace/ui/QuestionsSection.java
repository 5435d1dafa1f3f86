package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.charterdesk.complaints.information.InformationStatus;
import org.charterdesk.complaints.information.Question;

/** What the customer was asked for, by whom and by when, and their answer: for staff, on a step and its case. */
public class QuestionsSection extends Div {

    public QuestionsSection(List<Question> questions) {
        setId("customer-questions");
        questions.forEach(q -> add(question(q)));
    }

    private static Div question(Question q) {
        Div shown = new Div();
        shown.addClassName("customer-question");
        shown.add(new H3(q.status().displayName()));
        shown.add(new Paragraph("%s asked on %s by %s, for an answer by %s."
                .formatted(
                        q.askedByName(),
                        Texts.time(q.askedAt()),
                        q.channel().displayName().toLowerCase(),
                        Texts.date(q.answerDueOn()))));
        shown.add(Texts.words(q.question()));
        if (q.answer() != null) {
            Paragraph answered = new Paragraph("Answered on " + Texts.time(q.answeredAt()) + " ("
                    + q.answeredHow().displayName().toLowerCase() + "):");
            Div answer = Texts.words(q.answer());
            answer.addClassName("customer-answer");
            shown.add(answered, answer);
        }
        shown.add(new Paragraph(clock(q)));
        return shown;
    }

    private static String clock(Question q) {
        if (q.status() == InformationStatus.WAITING || q.status() == InformationStatus.NO_ANSWER) {
            return q.clockStops()
                    ? "The clock is stopped while we wait: the deadline moves on by the working days waited."
                    : "The clock keeps running while we wait.";
        }
        if (q.daysWaited() == null) {
            return "";
        }
        String days = q.daysWaited() + (q.daysWaited() == 1 ? " working day" : " working days");
        return q.clockStops()
                ? "Waited " + days + "; the deadline moved on by " + days + "."
                : "Waited " + days + "; the clock kept running.";
    }
}
