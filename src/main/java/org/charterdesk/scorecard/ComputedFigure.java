package org.charterdesk.scorecard;

/** The figures Charterdesk works out itself, each the complaint figure of the same name for the period. */
public enum ComputedFigure {
    /** Share of stage 1 responses within the charter's timescale, as a percentage. */
    STAGE1_WITHIN_TIMESCALE("timescale.stage1.within"),
    /** Share of stage 2 responses within the charter's timescale, as a percentage. */
    STAGE2_WITHIN_TIMESCALE("timescale.stage2.within"),
    /** Complaints received per 1,000 population. */
    RECEIVED_PER_1000("received.per1000"),
    /** Average working days to respond at stage 1. */
    STAGE1_AVERAGE_DAYS("time.stage1.average");

    private final String figureKey;

    ComputedFigure(String figureKey) {
        this.figureKey = figureKey;
    }

    /** The key of the complaint figure this is, in the reports. */
    public String figureKey() {
        return figureKey;
    }
}
