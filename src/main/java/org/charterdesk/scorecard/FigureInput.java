package org.charterdesk.scorecard;

import java.math.BigDecimal;

/** One measure's figure as a service enters it: the figure (blank if it cannot be given), a comment, evidence. */
public record FigureInput(Long measureId, BigDecimal figure, String comment, String evidence) {}
