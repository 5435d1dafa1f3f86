package org.charterdesk.scorecard;

import java.util.List;

/**
 * A service's return as its page shows it: the return, its service's name, the period in words, its lines, and the
 * open step (if any) with whether the member may do it.
 */
public record ReturnForm(
        ReturnSummary scorecardReturn,
        String serviceName,
        String period,
        List<ReturnLine> lines,
        boolean mayEnter,
        boolean mayDecide) {}
