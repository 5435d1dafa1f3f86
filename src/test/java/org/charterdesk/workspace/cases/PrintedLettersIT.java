package org.charterdesk.workspace.cases;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.util.Optional;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CasePage;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.PrintedLetters;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer who asked for post gets a printable letter: the council's letterhead, their name and address, the
 * reference and the decision's words. Staff of the service print it from the case page and mark it posted.
 */
class PrintedLettersIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    PrintedLetters printed;

    @Test
    void aDecisionForACustomerWhoAskedForPostIsPrintedAndMarkedPosted() throws IOException {
        String ref = intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.LETTER,
                                "housing",
                                new NewCase.CustomerDetails(
                                        "Glyn Post",
                                        null,
                                        null,
                                        "4 Mill Lane, Anytown, AN2 3BB",
                                        PreferredContact.POST,
                                        null),
                                "The fence was left broken.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran))
                .getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "The fence is the neighbour's to mend.", null, null, null),
                olivia);
        Notification decision = notificationsOf(ref).stream()
                .filter(n -> n.getType() == NotificationType.DECISION)
                .findFirst()
                .orElseThrow();

        String text = textOf(printed.pdf(ref, decision.getId(), olivia));
        assertThat(text)
                .contains("Anytown Council", "Town Hall", "Glyn Post", "4 Mill Lane, Anytown, AN2 3BB")
                .contains("Our reference: " + ref)
                .contains("The fence is the neighbour's to mend.");
        assertThatThrownBy(() -> printed.pdf(ref, decision.getId(), wendy))
                .isInstanceOf(CaseAccessDeniedException.class);

        open(olivia, "cases/" + ref);
        @SuppressWarnings("unchecked")
        Grid<CasePage.Letter> letters = _get(Grid.class, spec -> spec.withId("case-correspondence"));
        int row = GridKt._findAll(letters).stream()
                .map(letter -> letter.entry().id())
                .toList()
                .indexOf(decision.getId());
        // A grid cell's components are not in the page's tree: read the cell's own.
        Component actions = GridKt._getCellComponent(letters, row, "contact");
        assertThat(actions.getChildren().toList())
                .anySatisfy(c -> assertThat(c)
                        .isInstanceOfSatisfying(
                                Anchor.class, a -> assertThat(a.getText()).isEqualTo("Print the letter (PDF)")));
        Button posted = (Button) actions.getChildren()
                .filter(c -> c.getId().orElse("").equals("contacted-" + decision.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(posted.getText()).isEqualTo("I have posted it");
        _click(posted);
        assertThat(notifications.findById(decision.getId()).orElseThrow().getStatus())
                .isEqualTo(NotificationStatus.CONTACTED);
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
