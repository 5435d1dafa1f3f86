package org.charterdesk.complaints.process;

import java.util.Arrays;
import java.util.Optional;
import org.charterdesk.complaints.Stage;

/** The user tasks of the {@code complaint} process, by their BPMN ids. */
public enum ComplaintStep {
    TRIAGE_CONTACT("TriageContact", "Triage the contact", null, false),
    ACKNOWLEDGE_COMPLAINT("AcknowledgeComplaint", "Acknowledge the complaint", Stage.STAGE_1, false),
    RESPOND_AT_FRONTLINE("RespondAtFrontline", "Respond at frontline", Stage.STAGE_1, false),
    DECIDE_STAGE_1_EXTENSION("DecideStage1Extension", "Decide on more time at stage 1", Stage.STAGE_1, true),
    DECIDE_ESCALATION("DecideEscalation", "Decide on the request for stage 2", Stage.STAGE_1, true),
    ACKNOWLEDGE_STAGE_2("AcknowledgeStage2", "Acknowledge stage 2 and agree the points", Stage.STAGE_2, false),
    INVESTIGATE("Investigate", "Investigate and draft the final response", Stage.STAGE_2, false),
    DECIDE_STAGE_2_EXTENSION("DecideStage2Extension", "Decide on more time at stage 2", Stage.STAGE_2, true),
    SIGN_OFF_FINAL_RESPONSE("SignOffFinalResponse", "Sign off the final response", Stage.STAGE_2, true);

    private final String taskKey;
    private final String displayName;
    private final Stage stage;
    private final boolean managerDecision;

    ComplaintStep(String taskKey, String displayName, Stage stage, boolean managerDecision) {
        this.taskKey = taskKey;
        this.displayName = displayName;
        this.stage = stage;
        this.managerDecision = managerDecision;
    }

    public String taskKey() {
        return taskKey;
    }

    public String displayName() {
        return displayName;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether a manager decides this step (approvals) rather than an officer doing it. */
    public boolean managerDecision() {
        return managerDecision;
    }

    public static Optional<ComplaintStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
