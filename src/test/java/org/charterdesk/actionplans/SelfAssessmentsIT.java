package org.charterdesk.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Customer Service Excellence standard as data, and a service assessing itself against it on PostgreSQL. */
class SelfAssessmentsIT extends IntegrationTestBase {

    @Autowired
    CseStandard standard;

    @Autowired
    SelfAssessments assessments;

    @Test
    void theStandardHasFiveCriteriaAndFifteenSubCriteria() {
        List<CseElement> elements = standard.elements();
        assertThat(elements.stream().map(CseElement::getCriterionName).distinct())
                .containsExactly(
                        "Customer insight",
                        "The culture of the organisation",
                        "Information and access",
                        "Delivery",
                        "Timeliness and quality of service");
        assertThat(elements.stream().map(CseElement::getSubCriterion).distinct())
                .hasSize(15);
        assertThat(elements).extracting(CseElement::getCode).startsWith("1.1.1", "1.1.2", "1.2.1");
    }

    @Test
    void aServiceRatesEveryElementCompletesAndTheTwelveMonthReviewComparesWithTheFirst() {
        at(LocalDate.of(2026, 3, 2));
        AssessmentSummary first = assessments.start(olivia, "housing", Review.INITIAL);
        List<CseElement> elements = standard.elements();
        assertThatThrownBy(() -> assessments.complete(max, first.id()))
                .hasMessageContaining("Rate every element first: " + elements.size() + " still to rate");
        for (CseElement element : elements) {
            Rating rating = element.getSubCriterion().equals("4.3")
                    ? Rating.PARTIAL_COMPLIANCE
                    : element.getCode().equals("5.1.2") ? Rating.NON_COMPLIANCE : Rating.COMPLIANCE;
            assessments.rate(
                    olivia,
                    first.id(),
                    element.getCode(),
                    new RatingInput(
                            rating,
                            "Seen in the file",
                            "https://intranet.anytown.gov.uk/evidence/" + element.getCode()));
        }
        assessments.complete(max, first.id());
        assertThat(assessments.gaps(max, first.id()))
                .extracting(CseElement::getCode)
                .containsExactly("4.3.1", "4.3.2", "5.1.2");
        assertThatThrownBy(() -> assessments.rate(
                        olivia, first.id(), "1.1.1", new RatingInput(Rating.NON_COMPLIANCE, null, null)))
                .hasMessageContaining("kept as it stands");

        at(LocalDate.of(2027, 3, 1));
        AssessmentSummary review = assessments.start(max, "housing", Review.TWELVE_MONTH);
        for (CseElement element : elements) {
            assessments.rate(
                    max,
                    review.id(),
                    element.getCode(),
                    new RatingInput(
                            element.getCode().equals("5.1.2") ? Rating.COMPLIANCE_PLUS : Rating.COMPLIANCE,
                            null,
                            null));
        }
        assessments.complete(max, review.id());
        var comparison = assessments.comparison(cora, "housing");
        assertThat(comparison.get("5.1.2")).containsExactly(Rating.NON_COMPLIANCE, Rating.COMPLIANCE_PLUS);
        assertThat(comparison.get("4.3.1")).containsExactly(Rating.PARTIAL_COMPLIANCE, Rating.COMPLIANCE);
        assertThat(assessments.of(max, "housing").stream()
                        .map(AssessmentSummary::review)
                        .collect(Collectors.toList()))
                .containsSubsequence(Review.INITIAL, Review.TWELVE_MONTH);
    }

    @Test
    void badInputAndOtherServicesAreRefused() {
        AssessmentSummary assessment = assessments.start(olivia, "housing", Review.INITIAL);
        assertThatThrownBy(() -> assessments.rate(
                        olivia, assessment.id(), "1.1.1", new RatingInput(null, null, "ftp://somewhere")))
                .hasMessageContaining("Choose a rating")
                .hasMessageContaining("Give a link starting with https://");
        assertThatThrownBy(() -> assessments.rate(
                        olivia, assessment.id(), "9.9.9", new RatingInput(Rating.COMPLIANCE, null, null)))
                .hasMessageContaining("no element 9.9.9");
        assertThatThrownBy(() -> assessments.rate(
                        wendy, assessment.id(), "1.1.1", new RatingInput(Rating.COMPLIANCE, null, null)))
                .hasMessageContaining("service's own staff");
        assertThatThrownBy(() -> assessments.start(wendy, "housing", Review.INITIAL))
                .hasMessageContaining("service's own staff");
    }
}
