package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.charterdesk.complaints.steps.StageTwoContext;
import org.charterdesk.workspace.ui.Texts;

/**
 * Beside a stage 2 step: why the customer asked for stage 2, in their words; the stage 1 decision and who made it;
 * the agreed points; and the letters the customer has had, each opened on demand.
 */
class StageTwoSection extends Div {

    StageTwoSection(StageTwoContext context) {
        setId("stage-two-context");
        if (context.sameHandlerWarning() != null) {
            Paragraph warning = new Paragraph(context.sameHandlerWarning());
            warning.setId("same-handler-warning");
            warning.addClassName("warning-note");
            add(warning);
        }
        add(new H2("Why the customer asked for stage 2"));
        if (context.customerReasons() != null) {
            Div reasons = Texts.words(context.customerReasons());
            reasons.setId("stage-two-reasons");
            add(reasons);
        } else {
            add(new Paragraph(
                    context.stageOne() == null
                            ? "This complaint went straight to stage 2: there was no stage 1 decision."
                            : "The customer's reasons were not recorded."));
        }
        if (context.stageOne() != null) {
            add(stageOne(context.stageOne()));
        }
        if (!context.agreedPoints().isEmpty()) {
            OrderedList points = new OrderedList();
            points.setId("agreed-points");
            context.agreedPoints().forEach(point -> points.add(new ListItem(point)));
            add(new H2("The points agreed for investigation"), points);
            if (context.agreedOutcome() != null) {
                add(new H3("The outcome the customer is looking for"), Texts.words(context.agreedOutcome()));
            }
        }
        add(letters(context));
    }

    private static Div stageOne(StageTwoContext.StageOneDecision decision) {
        Div section = new Div(new H2("The stage 1 decision"));
        section.setId("stage-one-decision");
        DescriptionList facts = new DescriptionList();
        fact(
                facts,
                "Outcome",
                decision.outcome() == null ? null : decision.outcome().displayName());
        fact(facts, "Decided by", decision.decidedBy());
        fact(facts, "Sent to the customer", decision.sentAt() == null ? "Not yet" : Texts.time(decision.sentAt()));
        section.add(facts);
        quote(section, "What we found and decided", decision.response());
        quote(section, "Our apology", decision.apology());
        quote(section, "What we said we would do to put things right", decision.remedy());
        quote(section, "What the service learned", decision.learning());
        return section;
    }

    private static Div letters(StageTwoContext context) {
        Div letters = new Div(new H2("Letters and emails to the customer so far"));
        letters.setId("earlier-letters");
        if (context.letters().isEmpty()) {
            letters.add(new Paragraph("None yet."));
        }
        for (StageTwoContext.EarlierLetter letter : context.letters()) {
            Details details = new Details(
                    Texts.time(letter.writtenAt()) + ": " + (letter.subject() == null ? "" : letter.subject()),
                    Texts.words(letter.text()));
            letters.add(details);
        }
        return letters;
    }

    private static void fact(DescriptionList list, String term, String value) {
        if (value != null) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    private static void quote(Div section, String label, String words) {
        if (words != null && !words.isBlank()) {
            section.add(new H3(label), Texts.words(words));
        }
    }
}
