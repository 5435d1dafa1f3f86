package org.charterdesk.scorecard;

import java.util.List;

/** A measure's row of the scorecard: the measure, the name of its service, and a cell for each period shown. */
public record ScorecardRow(MeasureSummary measure, String serviceName, List<ScorecardCell> cells) {}
