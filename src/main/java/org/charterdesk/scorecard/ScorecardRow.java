package org.charterdesk.scorecard;

import java.util.List;

/**
 * A measure's row of the scorecard: the measure, the name of its service, a cell for each period shown, and the
 * complaints received in those periods that said the measure's promise was not kept (those the reader may see).
 */
public record ScorecardRow(
        MeasureSummary measure, String serviceName, List<ScorecardCell> cells, List<String> promiseNotKeptCases) {}
