package org.charterdesk.scorecard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Importing the council-wide survey: checked whole, counted per question, compared, and feeding its measure. */
class CouncilSurveysIT extends ViewTestBase {

    private static final String SCALES = """
            Q1,"Overall, how satisfied are you with the council's services?",1,5,4
            Q2,How easy was it to contact us?,1,5,4
            """;

    @Autowired
    CouncilSurveys surveys;

    @Autowired
    Scorecard scorecard;

    @AfterEach
    void forgetTheSurveys() {
        jdbc.update("delete from council_survey_question where survey_id in"
                + " (select id from council_survey where name like 'Test panel%')");
        jdbc.update("delete from council_survey where name like 'Test panel%'");
        jdbc.update("delete from measure_figure where period_start >= date '2033-01-01'");
    }

    private SurveyImport survey(String name, LocalDate from, int invited, String responses) {
        return new SurveyImport(
                name, from, from.plusDays(29), invited, SCALES, responses.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithAnAnswerOffItsScaleIsRefusedByRowAndNothingIsKept() {
        at(LocalDate.of(2033, 12, 1));
        int before = surveys.all().size();
        String bad = "Respondent,Q1,Q2\n1,5,4\n2,7,3\n3,4,x\n";
        assertThatThrownBy(
                        () -> surveys.importSurvey(cora, survey("Test panel bad", LocalDate.of(2033, 5, 1), 10, bad)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("file"))
                        .startsWith("Nothing was imported.")
                        .contains("Row 3: '7' in column Q1 is not an answer on its scale of 1 to 5.")
                        .contains("Row 4: 'x' in column Q2 is not an answer on its scale of 1 to 5."));
        assertThat(surveys.all()).hasSize(before);
        assertThatThrownBy(() -> surveys.importSurvey(
                        cora,
                        new SurveyImport(
                                "Test panel",
                                LocalDate.of(2033, 5, 1),
                                LocalDate.of(2033, 5, 30),
                                10,
                                "Q1,Overall,5,1,4",
                                "Q1\n5\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Line 1: the scale must run from low to high");
        assertThatThrownBy(() -> surveys.importSurvey(
                        cora, survey("Test panel", LocalDate.of(2033, 5, 1), 2, "Q1,Q2\n5,5\n4,4\n3,3\n")))
                .hasMessageContaining("more than the 2 people invited");
        assertThatThrownBy(() -> surveys.importSurvey(
                        olivia, survey("Test panel", LocalDate.of(2033, 5, 1), 10, "Q1,Q2\n5,5\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachQuestionsRateAverageAndShareSatisfiedAreComparedWithTheSurveyBefore() {
        at(LocalDate.of(2033, 12, 1));
        surveys.importSurvey(
                cora, survey("Test panel spring", LocalDate.of(2033, 3, 1), 10, "Q1,Q2\n5,2\n4,\n2,3\n3,4\n"));
        SurveySummary autumn = surveys.importSurvey(
                cora,
                survey(
                        "Test panel autumn",
                        LocalDate.of(2033, 9, 1),
                        8,
                        "Respondent,Q1,Q2\nA,5,5\nB,4,4\nC,4,\nD,1,2\n"));
        assertThat(autumn.respondents()).isEqualTo(4);
        List<SurveyResult> results = surveys.results(autumn.id());
        SurveyResult q1 = results.get(0);
        assertThat(q1.code()).isEqualTo("Q1");
        assertThat(q1.responseRate()).isEqualByComparingTo("50.0");
        assertThat(q1.average()).isEqualByComparingTo("3.50");
        assertThat(q1.satisfiedShare()).isEqualByComparingTo("75.0");
        assertThat(q1.previousAverage()).isEqualByComparingTo("3.50");
        assertThat(q1.previousSatisfiedShare()).isEqualByComparingTo("50.0");
        SurveyResult q2 = results.get(1);
        assertThat(q2.answered()).isEqualTo(3);
        assertThat(q2.responseRate()).isEqualByComparingTo("37.5");
        assertThat(q2.satisfiedShare()).isEqualByComparingTo("66.7");
        assertThat(q2.previousSatisfiedShare()).isEqualByComparingTo("33.3");

        // The survey measure takes Q1's share satisfied in the quarter each survey ended: amber, then green.
        ScorecardRow row = scorecard
                .grid(cora, Frequency.QUARTERLY, List.of(LocalDate.of(2033, 1, 1), LocalDate.of(2033, 7, 1)))
                .rows()
                .stream()
                .filter(r -> r.measure().code().equals("residents-satisfied-overall"))
                .findFirst()
                .orElseThrow();
        assertThat(row.cells()).extracting(ScorecardCell::value).containsExactly("50%", "75%");
        assertThat(row.cells()).extracting(ScorecardCell::rag).containsExactly(Rag.RED, Rag.GREEN);

        open(cora, "surveys");
        @SuppressWarnings("unchecked")
        Grid<SurveyResult> questions = _get(Grid.class, spec -> spec.withId("survey-questions"));
        assertThat(String.join(" | ", GridKt._getFormattedRow(questions, 0)))
                .contains(
                        "Q1: Overall, how satisfied are you with the council's services?",
                        "50%",
                        "3.5 (1 to 5)",
                        "75%",
                        "50% satisfied, average 3.5",
                        "Up 25 points");
    }
}
