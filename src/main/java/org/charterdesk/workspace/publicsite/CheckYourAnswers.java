package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.charterdesk.workspace.ui.FieldLink;
import org.charterdesk.workspace.ui.FormAnswer;

/**
 * GOV.UK's "Check your answers" page: every answer in a summary list, each with a "Change" link back to its field,
 * and the button that sends the form. Nothing is saved until that button is pressed.
 */
class CheckYourAnswers extends Div {

    private final H1 heading = new H1(getTranslation("check.title"));

    CheckYourAnswers(List<FormAnswer> answers, Consumer<FormAnswer> change, Runnable send) {
        setId("check-answers");
        heading.setId("check-answers-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        DescriptionList list = new DescriptionList();
        list.setId("answers");
        list.addClassName("summary-list");
        for (FormAnswer answer : answers) {
            DescriptionList.Description said = new DescriptionList.Description(answer.answer());
            said.getStyle().set("white-space", "pre-line");
            list.add(new DescriptionList.Term(answer.question()), said, changeLink(answer, change));
        }
        Button sendIt = new Button(getTranslation("check.send"), e -> send.run());
        sendIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendIt.setId("send");
        add(heading, list, new Paragraph(getTranslation("check.confirm")), sendIt);
    }

    /** Moves the focus to the page's heading, so that a screen reader starts reading the page from the top. */
    void focusHeading() {
        heading.getElement().executeJs("this.focus()");
    }

    /** A link that takes the person back to the field; its name says which answer it changes. */
    private DescriptionList.Description changeLink(FormAnswer answer, Consumer<FormAnswer> change) {
        Anchor link = FieldLink.to(answer.field(), getTranslation("check.change"), () -> change.accept(answer));
        link.setId("change-" + answer.field().getId().orElse(""));
        link.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("check.change.label", answer.question().toLowerCase(getLocale())));
        return new DescriptionList.Description(link);
    }
}
