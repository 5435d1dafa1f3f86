package org.charterdesk.scorecard;

import java.time.LocalDate;

/** A council-wide survey as lists show it. */
public record SurveySummary(
        Long id, String name, LocalDate periodStart, LocalDate periodEnd, int invited, int respondents) {

    static SurveySummary of(CouncilSurvey s) {
        return new SurveySummary(
                s.getId(), s.getName(), s.getPeriodStart(), s.getPeriodEnd(), s.getInvited(), s.getRespondents());
    }
}
