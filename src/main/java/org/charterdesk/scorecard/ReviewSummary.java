package org.charterdesk.scorecard;

import java.time.LocalDate;

/** The focus group's review as screens show it. */
public record ReviewSummary(Long id, LocalDate halfYearEnd, String conclusions, String recordedBy) {

    static ReviewSummary of(ScorecardReview review) {
        return new ReviewSummary(
                review.getId(), review.getHalfYearEnd(), review.getConclusions(), review.getRecordedBy());
    }
}
