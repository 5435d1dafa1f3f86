package org.charterdesk.charter;

import java.util.Arrays;

/** The timescales of the complaints procedure that a charter standard can set. */
public enum ProcedureStep {
    STAGE_1_ACKNOWLEDGEMENT("stage-1-acknowledgement", "Stage 1 acknowledgement", StandardUnit.WORKING_DAYS),
    STAGE_1_RESPONSE("stage-1-response", "Stage 1 response", StandardUnit.WORKING_DAYS),
    STAGE_1_EXTENSION("stage-1-extension", "Most extra time at stage 1", StandardUnit.WORKING_DAYS),
    STAGE_2_ACKNOWLEDGEMENT("stage-2-acknowledgement", "Stage 2 acknowledgement", StandardUnit.WORKING_DAYS),
    STAGE_2_RESPONSE("stage-2-response", "Stage 2 response", StandardUnit.WORKING_DAYS),
    STAGE_2_EXTENSION("stage-2-extension", "Most extra time at stage 2", StandardUnit.WORKING_DAYS),
    AT_RISK_WARNING("at-risk-warning", "Warning before a deadline", StandardUnit.WORKING_DAYS),
    ESCALATION_WINDOW("escalation-window", "Time to ask for stage 2", StandardUnit.MONTHS),
    STAGE_2_DIFFERENT_HANDLER(
            "stage-2-different-handler",
            "Stage 2 handled by someone other than the stage 1 responder",
            StandardUnit.RULE),
    INFORMATION_REPLY("information-reply", "Time for the customer to answer our questions", StandardUnit.WORKING_DAYS),
    CLOCK_STOPS_WHILE_WAITING(
            "clock-stops-while-waiting", "The clock stops while we wait for the customer", StandardUnit.RULE);

    private final String fileName;
    private final String displayName;
    private final StandardUnit unit;

    ProcedureStep(String fileName, String displayName, StandardUnit unit) {
        this.fileName = fileName;
        this.displayName = displayName;
        this.unit = unit;
    }

    public String fileName() {
        return fileName;
    }

    public String displayName() {
        return displayName;
    }

    public StandardUnit unit() {
        return unit;
    }

    /** Whether a charter under the given profile must have this standard. */
    public boolean requiredUnder(ProcedureProfile profile) {
        return switch (this) {
            case STAGE_1_ACKNOWLEDGEMENT -> profile.acknowledgesAtStage1();
            // On unless the charter says otherwise (see Charter#timescalesFor).
            case STAGE_2_DIFFERENT_HANDLER -> false;
            // 10 working days and a running clock unless the charter says otherwise (see Timescales).
            case INFORMATION_REPLY, CLOCK_STOPS_WHILE_WAITING -> false;
            default -> true;
        };
    }

    public static ProcedureStep fromFileName(String value) {
        return Arrays.stream(values())
                .filter(s -> s.fileName.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown procedure step '" + value + "'"));
    }
}
