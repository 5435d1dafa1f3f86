package org.charterdesk.scorecard;

import org.springframework.stereotype.Component;

/**
 * When the months' returns open, for the {@code scorecard-return} process's timer as
 * {@code ${scorecardSchedule.cycle()}}: {@code charterdesk.scorecard.cycle}. Kept apart from the process's other
 * expressions because the engine reads it while it starts, before its own services exist.
 */
@Component("scorecardSchedule")
public class ScorecardSchedule {

    private final ScorecardProperties properties;

    ScorecardSchedule(ScorecardProperties properties) {
        this.properties = properties;
    }

    public String cycle() {
        return properties.cycle();
    }
}
