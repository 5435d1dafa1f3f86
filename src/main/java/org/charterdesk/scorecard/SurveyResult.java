package org.charterdesk.scorecard;

import java.math.BigDecimal;

/**
 * A question's result as screens show it, beside the same question in the survey before (null where there was none):
 * the response rate (of the people invited), the average answer, and the share satisfied.
 */
public record SurveyResult(
        String code,
        String wording,
        String scale,
        int answered,
        BigDecimal responseRate,
        BigDecimal average,
        BigDecimal satisfiedShare,
        BigDecimal previousAverage,
        BigDecimal previousSatisfiedShare) {}
