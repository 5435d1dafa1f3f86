package org.charterdesk.workspace.scorecard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.PromiseRef;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.Scorecard;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer says which of the service's published promises was not kept, on the public form or through staff; the
 * case keeps it, the reports count it, and the scorecard links the complaints to the measure of that promise.
 */
class PromisesNotKeptIT extends ViewTestBase {

    private static final LocalDate DAY = LocalDate.of(2031, 2, 12);

    @Autowired
    Charter charter;

    @Autowired
    ComplaintFigures figures;

    @Autowired
    Scorecard scorecard;

    private PromiseRef promise(String service, String name) {
        return charter.promisesOf(service).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private NewCase complaint(CaseKind kind, String service, Long promise) {
        return new NewCase(
                kind,
                Channel.PHONE,
                service,
                customer("Ray Burns", "ray@example.com"),
                "The repair did not happen.",
                null,
                null,
                null,
                null,
                promise);
    }

    @Test
    void aServicesPromisesAreListedInPlainWordsWithoutTheComplaintTimescales() {
        List<String> housing =
                charter.promisesOf("housing").stream().map(PromiseRef::name).toList();
        assertThat(housing)
                .contains("Emergency repairs", "Routine repairs", "Answering your call", "Treating you fairly")
                .doesNotContain("Missed bins", "Stage 1 response", "Frontline response");
    }

    @Test
    void onlyOneOfTheServicesPromisesAndOnlyOnAComplaintIsTaken() {
        at(DAY);
        Long missedBins = promise("waste", "Missed bins").lineageId();
        assertThatThrownBy(
                        () -> intake.receive(complaint(CaseKind.COMPLAINT, "housing", missedBins), Optional.of(fran)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry(
                                "promiseNotKept", "Choose one of the promises listed for this service, or none"));
        Long repairs = promise("housing", "Emergency repairs").lineageId();
        assertThatThrownBy(() -> intake.receive(complaint(CaseKind.COMMENT, "housing", repairs), Optional.of(fran)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void thePublicFormNamesAPromiseTheCaseKeepsItAndTheReportsAndScorecardCountIt() {
        at(DAY);
        open(null, "complain");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("promise-not-kept")))
                .as("asked only once a service is chosen")
                .isEmpty();
        chooseService("housing");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Long> choice = _get(RadioButtonGroup.class, spec -> spec.withId("promise-not-kept"));
        Long repairs = promise("housing", "Emergency repairs").lineageId();
        assertThat(choice.getItemLabelGenerator().apply(repairs)).startsWith("Emergency repairs: ");
        assertThat(choice.getValue()).isEqualTo(0L);
        fillInCustomer("Ray Burns", "ray.burns@example.com", "Nobody came about the gas leak smell.");
        _setValue(choice, repairs);
        _click(_get(Button.class, spec -> spec.withId("continue")));
        assertThat(_get(DescriptionList.class, spec -> spec.withId("answers"))
                        .getElement()
                        .getTextRecursively())
                .contains("Did we break one of the promises in our customer charter?", "Emergency repairs: ");
        _click(_get(Button.class, spec -> spec.withId("send")));

        CaseFile c = cases.findAll().stream()
                .filter(x -> "ray.burns@example.com".equals(x.getCustomer().getEmail()))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(c.getPromiseNotKept()).isEqualTo(repairs);
        assertThat(timelineText(c.getReference()))
                .anyMatch(t -> t.contains("The customer says we did not keep our promise 'Emergency repairs'"));

        open(max, "cases/" + c.getReference());
        assertThat(_get(Paragraph.class, spec -> spec.withId("promise-not-kept"))
                        .getText())
                .startsWith("Emergency repairs: ");

        ReportPeriod february = ReportPeriod.month(YearMonth.of(2031, 2));
        assertThat(figures.report(max, february, "housing")
                        .figure("promise." + repairs)
                        .orElseThrow()
                        .cases())
                .contains(c.getReference());
        assertThat(figures.promisesNotKept(will(), february)).doesNotContainKey(repairs);

        List<LocalDate> quarter = List.of(LocalDate.of(2031, 1, 1));
        assertThat(scorecard.grid(max, Frequency.QUARTERLY, quarter).rows().stream()
                        .filter(r -> r.measure().code().equals("emergency-repairs-on-time"))
                        .findFirst()
                        .orElseThrow()
                        .promiseNotKeptCases())
                .contains(c.getReference());
        at(LocalDate.of(2031, 4, 2));
        open(max, "scorecard");
        _click(_get(Button.class, spec -> spec.withId("broken-emergency-repairs-on-time")));
        assertThat(_get(Div.class, spec -> spec.withId("broken-cases"))
                        .getElement()
                        .getTextRecursively())
                .contains(c.getReference());
    }

    private StaffMember will() {
        return staff("will-w", "Will", "Waste", StaffGroups.managers("waste"));
    }
}
