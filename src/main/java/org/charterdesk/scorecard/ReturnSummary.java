package org.charterdesk.scorecard;

import java.time.LocalDate;

/** A service's return as screens show it. */
public record ReturnSummary(
        Long id, String serviceCode, LocalDate periodEnd, LocalDate dueOn, ReturnStatus status, String comments) {

    static ReturnSummary of(ScorecardReturn r) {
        return new ReturnSummary(
                r.getId(), r.getServiceCode(), r.getPeriodEnd(), r.getDueOn(), r.getStatus(), r.getComments());
    }
}
