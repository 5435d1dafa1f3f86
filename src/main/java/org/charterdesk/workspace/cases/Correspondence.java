package org.charterdesk.workspace.cases;

import static org.charterdesk.workspace.cases.CaseView.lower;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.Texts;

/**
 * A case's correspondence: what was written to whom and how it stands; for customers who asked not to be emailed,
 * the button to say they have been phoned or written to.
 */
class Correspondence extends Div {

    private final Consumer<Long> contacted;
    private final LongFunction<byte[]> printable;

    Correspondence(List<CasePage.Letter> letters, Consumer<Long> contacted, LongFunction<byte[]> printable) {
        this.contacted = contacted;
        this.printable = printable;
        if (letters.isEmpty()) {
            add(new Paragraph("Nothing sent yet."));
            return;
        }
        Grid<CasePage.Letter> grid = CaseSections.grid(letters);
        grid.addColumn(n -> Texts.time(n.entry().createdAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.entry().subject() == null
                        ? Texts.sentence(n.entry().type().name())
                        : n.entry().subject())
                .setHeader("What")
                .setFlexGrow(2);
        grid.addColumn(Correspondence::to).setHeader("To");
        grid.addColumn(Correspondence::deliveryStatus).setHeader("Status").setFlexGrow(1);
        grid.addComponentColumn(this::contactAction)
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("contact");
        grid.setItemDetailsRenderer(
                new ComponentRenderer<>(n -> Texts.words(n.entry().text())));
        grid.setId("case-correspondence");
        add(new Paragraph("Select a row to read what was written."), grid);
    }

    private static String to(CasePage.Letter letter) {
        OutboxEntry n = letter.entry();
        if (n.audience() == Audience.CUSTOMER) {
            return "The customer" + (n.contactBy() == null ? "" : " (by " + lower(n.contactBy()) + ")");
        }
        return letter.recipientName();
    }

    private static String deliveryStatus(CasePage.Letter letter) {
        OutboxEntry n = letter.entry();
        return switch (n.status()) {
            case SENT -> "Sent " + Texts.time(n.sentAt());
            case CONTACTED -> "Done by " + letter.doneByName() + ", " + Texts.time(n.doneAt());
            case TO_CONTACT ->
                "PHONE".equals(n.contactBy())
                        ? "To phone: the customer asked not to be emailed"
                        : "To post: the customer asked not to be emailed";
            case PENDING, SENDING -> n.status().displayName() + (n.lastError() == null ? "" : " (last try failed)");
            case FAILED -> "Failed: " + n.lastError();
        };
    }

    /** A letter to post can be printed (PDF) then marked posted; a call to make, marked made. */
    private Component contactAction(CasePage.Letter letter) {
        OutboxEntry n = letter.entry();
        boolean post = n.emailTo() == null && !"PHONE".equals(n.contactBy());
        List<Component> actions = new ArrayList<>();
        if (n.audience() == Audience.CUSTOMER && post && n.text() != null) {
            actions.add(Downloads.link(
                    "print-letter-" + n.id(),
                    "Print the letter (PDF)",
                    "letter-" + n.id() + ".pdf",
                    "application/pdf",
                    () -> printable.apply(n.id())));
        }
        if (n.status() == NotificationStatus.TO_CONTACT) {
            Button done = new Button(
                    "PHONE".equals(n.contactBy()) ? "I have phoned them" : "I have posted it",
                    e -> contacted.accept(n.id()));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setId("contacted-" + n.id());
            actions.add(done);
        }
        return switch (actions.size()) {
            case 0 -> new Span();
            case 1 -> actions.get(0);
            default -> new Div(actions.toArray(Component[]::new));
        };
    }
}
