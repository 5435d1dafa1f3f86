package org.charterdesk.workspace.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports dashboard and the public survey, rendered on the server with Karibu-Testing. */
class ReportsViewIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Test
    void aManagerSeesTheFiguresAndEachOpensTheCasesItCounts() {
        at(LocalDate.of(2026, 4, 6));
        CaseFile c = phoneComplaint("housing", null);
        open(max, "reports");
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2026, 4, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2026, 4, 30));
        @SuppressWarnings("unchecked")
        Grid<ReportsView.Row> figures = _get(Grid.class, spec -> spec.withId("report-figures"));
        ReportsView.Row received = GridKt._fetch(figures, 0, GridKt._size(figures)).stream()
                .filter(r -> r.now().key().equals("received.complaints"))
                .findFirst()
                .orElseThrow();
        assertThat(received.now().cases()).contains(c.getReference());
        assertThat(received.now().value())
                .isEqualTo(String.valueOf(received.now().cases().size()));
        assertThat(received.before().key()).isEqualTo("received.complaints");

        new CasesDialog(
                        received.now(),
                        new org.charterdesk.reporting.ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                        true)
                .open();
        assertThat(listedCases())
                .containsExactlyElementsOf(received.now()
                        .cases()
                        .subList(0, Math.min(100, received.now().cases().size())));
        assertThat(_get(Anchor.class, spec -> spec.withId("download-committee-pack-pdf"))
                        .getElement()
                        .getAttribute("href"))
                .isNotBlank();
        assertThat(_get(com.vaadin.flow.component.Html.class).getInnerHtml()).contains("<svg", "Received", "Closed");
        @SuppressWarnings("unchecked")
        Grid<org.charterdesk.reporting.ComplaintFigures.Month> months =
                _get(Grid.class, spec -> spec.withId("trend-table"));
        assertThat(GridKt._size(months)).isEqualTo(12);
    }

    @Test
    void aLongListOfCasesIsShownAHundredAtATime() {
        open(max, "reports");
        List<String> cases = java.util.stream.IntStream.rangeClosed(1, 250)
                .mapToObj(i -> "CMP-2026-%06d".formatted(i))
                .toList();
        new CasesDialog(
                        new org.charterdesk.reporting.Figure(
                                "received.complaints", "Received", "Received", "250", cases),
                        new org.charterdesk.reporting.ReportPeriod(
                                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        true)
                .open();
        assertThat(listedCases()).containsExactlyElementsOf(cases.subList(0, 100));
        assertThat(_get(Paragraph.class, spec -> spec.withId("figure-cases-showing"))
                        .getText())
                .isEqualTo("Showing 1 to 100 of 250.");
        assertThat(_get(Button.class, spec -> spec.withId("figure-cases-previous"))
                        .isEnabled())
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("figure-cases-next")));
        _click(_get(Button.class, spec -> spec.withId("figure-cases-next")));
        assertThat(listedCases()).containsExactlyElementsOf(cases.subList(200, 250));
        assertThat(_get(Paragraph.class, spec -> spec.withId("figure-cases-showing"))
                        .getText())
                .isEqualTo("Showing 201 to 250 of 250.");
        assertThat(_get(Button.class, spec -> spec.withId("figure-cases-next")).isEnabled())
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("figure-cases-previous")));
        assertThat(listedCases()).containsExactlyElementsOf(cases.subList(100, 200));
    }

    private static List<String> listedCases() {
        return _get(Div.class, spec -> spec.withId("figure-case-list"))
                .getChildren()
                .map(row -> ((RouterLink) row.getChildren().findFirst().orElseThrow()).getText())
                .toList();
    }

    @Test
    void theCorporateLeadReportsOnEveryServiceButReadsNoCommentsOnCasesTheyCannotSee() {
        at(LocalDate.of(2026, 6, 1));
        CaseFile c = phoneComplaint("housing", null);
        at(LocalDate.of(2026, 6, 2));
        frontline.respond(
                taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.RESOLVED, "Sorted on the phone.", null, null, null),
                olivia);
        context.getBean(org.charterdesk.reporting.Surveys.class)
                .answer(
                        reload(c.getReference()).getSurveyToken(),
                        new org.charterdesk.reporting.SurveyAnswers(5, 5, 5, 5, "Olivia at 4 Elm Road was great"));
        org.charterdesk.reporting.ReportPeriod june =
                new org.charterdesk.reporting.ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        var figures = context.getBean(org.charterdesk.reporting.ComplaintFigures.class);

        assertThat(figures.servicesFor(cora)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(figures.report(cora, june, null)
                        .figure("satisfaction.responses")
                        .orElseThrow()
                        .cases())
                .contains(c.getReference());
        assertThat(figures.comments(cora, june, null)).isEmpty();
        assertThat(figures.comments(max, june, null))
                .extracting(org.charterdesk.reporting.ComplaintFigures.Comment::text)
                .contains("Olivia at 4 Elm Road was great");
        open(cora, "reports");
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("report-service"))
                        .getPlaceholder())
                .isEqualTo("The whole council");
    }

    @Test
    void theCorporateLeadSeesTheReferencesBehindAFigureButNoLinksToCasesSheCannotOpen() {
        var figure = new org.charterdesk.reporting.Figure(
                "received.all", "Received", "Complaints received", "2", List.of("CMP-2026-000001", "CMP-2026-000002"));
        var period = new org.charterdesk.reporting.ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        open(cora, "reports");
        assertThat(cora.opensCases()).isFalse();
        assertThat(max.opensCases()).isTrue();
        CasesDialog forCora = new CasesDialog(figure, period, cora.opensCases());
        assertThat(forCora.getElement().getTextRecursively()).contains("CMP-2026-000001", "CMP-2026-000002");
        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(forCora))
                .doesNotContain("RouterLink");
        CasesDialog forMax = new CasesDialog(figure, period, max.opensCases());
        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(forMax))
                .contains("RouterLink");
    }

    @Test
    void officersAndCustomerServicesHaveNoReports() {
        for (var member : List.of(olivia, fran)) {
            assertRefused(member, "reports", ReportsView.class);
        }
    }

    @Test
    void aCustomerAnswersTheSurveyOnceThroughTheLinkInTheirEmail() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = phoneComplaint("housing", null);
        frontline.respond(
                taskId(c.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "We followed our policy.", null, null, null),
                olivia);
        String token = reload(c.getReference()).getSurveyToken();

        open(null, "survey/" + token);
        _click(_get(Button.class, spec -> spec.withId("send-survey")));
        assertThat(_get(Div.class, spec -> spec.withId("form-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("Choose an answer");
        for (String question : List.of("ease", "informed", "clear", "satisfied")) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> group = _get(RadioButtonGroup.class, spec -> spec.withId("survey-" + question));
            _setValue(group, 4);
        }
        _click(_get(Button.class, spec -> spec.withId("send-survey")));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you");

        open(null, "survey/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-message")).getText())
                .contains("already been answered");
        open(null, "survey/made-up-token-that-matches-nothing");
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-message")).getText())
                .contains("not valid");
    }
}
