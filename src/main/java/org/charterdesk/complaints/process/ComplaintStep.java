package org.charterdesk.complaints.process;

import java.util.Arrays;
import java.util.Optional;
import org.charterdesk.complaints.Stage;

/** The user tasks of the {@code complaint} process, by their BPMN ids. */
public enum ComplaintStep {
    TRIAGE_CONTACT("TriageContact", "Triage the contact", null, false, DeadlineDates.TRIAGE),
    ACKNOWLEDGE_COMPLAINT(
            "AcknowledgeComplaint", "Acknowledge the complaint", Stage.STAGE_1, false, "STAGE_1_ACKNOWLEDGEMENT"),
    RESPOND_AT_FRONTLINE("RespondAtFrontline", "Respond at frontline", Stage.STAGE_1, false, "STAGE_1_RESPONSE"),
    DECIDE_STAGE_1_EXTENSION(
            "DecideStage1Extension", "Decide on more time at stage 1", Stage.STAGE_1, true, "STAGE_1_RESPONSE"),
    DECIDE_ESCALATION(
            "DecideEscalation", "Decide on the request for stage 2", Stage.STAGE_1, true, "STAGE_2_ACKNOWLEDGEMENT"),
    ACKNOWLEDGE_STAGE_2(
            "AcknowledgeStage2",
            "Acknowledge stage 2 and agree the points",
            Stage.STAGE_2,
            false,
            "STAGE_2_ACKNOWLEDGEMENT"),
    INVESTIGATE("Investigate", "Investigate and draft the final response", Stage.STAGE_2, false, "STAGE_2_RESPONSE"),
    DECIDE_STAGE_2_EXTENSION(
            "DecideStage2Extension", "Decide on more time at stage 2", Stage.STAGE_2, true, "STAGE_2_RESPONSE"),
    SIGN_OFF_FINAL_RESPONSE(
            "SignOffFinalResponse", "Sign off the final response", Stage.STAGE_2, true, "STAGE_2_RESPONSE");

    private final String taskKey;
    private final String displayName;
    private final Stage stage;
    private final boolean managerDecision;
    private final String deadline;

    ComplaintStep(String taskKey, String displayName, Stage stage, boolean managerDecision, String deadline) {
        this.taskKey = taskKey;
        this.displayName = displayName;
        this.stage = stage;
        this.managerDecision = managerDecision;
        this.deadline = deadline;
    }

    /** The deadline this step is due by, as the process model names it ({@code 'TRIAGE'} or a deadline kind). */
    public String deadline() {
        return deadline;
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
