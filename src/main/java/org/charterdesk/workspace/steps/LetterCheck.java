package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.workspace.ui.FormErrors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Before a step sends the customer anything, the member of staff reads exactly what will go (each email as the
 * customer will see it, with its plain text, or the letter to send by hand) and confirms it; "Back to the form"
 * keeps what they entered and sends nothing. A step that sends the customer nothing is done at once.
 */
public final class LetterCheck {

    private LetterCheck() {}

    /**
     * Checks {@code action} as it would run, then shows what it would send; {@code done} gets "Sent to ..." once it
     * has run for real (or null when it sent the customer nothing).
     */
    public static void thenRun(
            LetterPreviews previews, String reference, FormErrors errors, Runnable action, Consumer<String> done) {
        @SuppressWarnings("unchecked")
        List<LetterPreviews.Letter>[] letters = new List[1];
        if (!errors.attempt(() -> letters[0] = previews.whatWouldBeSent(reference, action))) {
            return;
        }
        if (letters[0].isEmpty()) {
            if (errors.attempt(action)) {
                done.accept(null);
            }
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Check what the customer will get");
        dialog.setWidth("min(60em, 95vw)");
        Div preview = new Div();
        preview.setId("letter-preview");
        letters[0].forEach(letter -> preview.add(letter(letter)));
        dialog.add(preview);
        String sentTo = "Sent to "
                + letters[0].stream().map(LetterPreviews.Letter::to).distinct().collect(Collectors.joining(" and "));
        Button send = new Button(letters[0].get(0).byEmail() ? "Send it" : "Confirm: I will send it", e -> {
            dialog.close();
            if (errors.attempt(action)) {
                done.accept(sentTo);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("confirm-send");
        Button back = new Button("Back to the form", e -> dialog.close());
        back.setId("back-to-form");
        dialog.getFooter().add(back, send);
        dialog.open();
    }

    /** The email's body, with its own style, as one element to show inside the page. */
    private static String bodyOf(String html) {
        Element body = Jsoup.parse(html).body();
        Element shown = new Element("div").attr("style", body.attr("style"));
        body.childNodes().forEach(node -> shown.appendChild(node.clone()));
        return shown.outerHtml();
    }

    /** A letter or email as the customer would get it, to read on screen. */
    public static Div letter(LetterPreviews.Letter letter) {
        Div shown = new Div(new H3(letter.subject()), new Paragraph("To: " + letter.to()));
        shown.addClassName("letter-preview");
        if (letter.html() != null) {
            Div email = new Div(new Html(bodyOf(letter.html())));
            email.addClassName("letter-preview-email");
            shown.add(email);
            Details text = new Details("Plain text version", new Pre(letter.text()));
            shown.add(text);
        } else {
            shown.add(new Pre(letter.text()));
        }
        return shown;
    }
}
