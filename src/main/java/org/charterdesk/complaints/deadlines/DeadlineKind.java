package org.charterdesk.complaints.deadlines;

import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.complaints.Stage;
import org.springframework.modulith.NamedInterface;

/** The charter deadlines of the complaints procedure. */
@NamedInterface("deadlines")
public enum DeadlineKind {
    STAGE_1_ACKNOWLEDGEMENT(Stage.STAGE_1, "Stage 1 acknowledgement", ProcedureStep.STAGE_1_ACKNOWLEDGEMENT, null),
    STAGE_1_RESPONSE(
            Stage.STAGE_1, "Stage 1 response", ProcedureStep.STAGE_1_RESPONSE, ProcedureStep.STAGE_1_EXTENSION),
    STAGE_2_ACKNOWLEDGEMENT(Stage.STAGE_2, "Stage 2 acknowledgement", ProcedureStep.STAGE_2_ACKNOWLEDGEMENT, null),
    STAGE_2_RESPONSE(
            Stage.STAGE_2, "Stage 2 response", ProcedureStep.STAGE_2_RESPONSE, ProcedureStep.STAGE_2_EXTENSION);

    private final Stage stage;
    private final String displayName;
    private final ProcedureStep step;
    private final ProcedureStep extensionStep;

    DeadlineKind(Stage stage, String displayName, ProcedureStep step, ProcedureStep extensionStep) {
        this.stage = stage;
        this.displayName = displayName;
        this.step = step;
        this.extensionStep = extensionStep;
    }

    public Stage stage() {
        return stage;
    }

    public String displayName() {
        return displayName;
    }

    /** The charter standard that sets this deadline's working days. */
    public ProcedureStep step() {
        return step;
    }

    /** The charter standard that limits extensions of this deadline, or null if it cannot be extended. */
    public ProcedureStep extensionStep() {
        return extensionStep;
    }

    public boolean extendable() {
        return extensionStep != null;
    }

    /** The response deadline of a stage. */
    public static DeadlineKind responseOf(Stage stage) {
        return stage == Stage.STAGE_1 ? STAGE_1_RESPONSE : STAGE_2_RESPONSE;
    }
}
