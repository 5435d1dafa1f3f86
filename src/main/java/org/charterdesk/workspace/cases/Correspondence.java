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
import java.util.List;
import java.util.function.Consumer;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.workspace.ui.Texts;

/**
 * A case's correspondence: what was written to whom and how it stands; for customers who asked not to be emailed,
 * the button to say they have been phoned or written to.
 */
class Correspondence extends Div {

    private final Consumer<Long> contacted;

    Correspondence(List<CasePage.Letter> letters, Consumer<Long> contacted) {
        this.contacted = contacted;
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

    private Component contactAction(CasePage.Letter letter) {
        OutboxEntry n = letter.entry();
        if (n.status() != NotificationStatus.TO_CONTACT) {
            return new Span();
        }
        Button done = new Button(
                "PHONE".equals(n.contactBy()) ? "I have phoned them" : "I have written to them",
                e -> contacted.accept(n.id()));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.setId("contacted-" + n.id());
        return done;
    }
}
