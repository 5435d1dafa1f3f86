package org.charterdesk.complaints;

import static org.charterdesk.complaints.deadlines.DeadlineKind.STAGE_1_ACKNOWLEDGEMENT;
import static org.charterdesk.complaints.deadlines.DeadlineKind.STAGE_1_RESPONSE;
import static org.charterdesk.complaints.deadlines.DeadlineKind.STAGE_2_ACKNOWLEDGEMENT;
import static org.charterdesk.complaints.deadlines.DeadlineKind.STAGE_2_RESPONSE;

import java.util.Arrays;
import java.util.Optional;
import org.charterdesk.complaints.deadlines.DeadlineKind;

/** The user tasks of the {@code complaint} process, by their BPMN ids. */
public enum ComplaintStep {
    /** Triage runs on the case's first stage 1 deadline: its acknowledgement if it has one, else its response. */
    TRIAGE_CONTACT("TriageContact", "Triage the contact", null, false, null),
    ACKNOWLEDGE_COMPLAINT(
            "AcknowledgeComplaint", "Acknowledge the complaint", Stage.STAGE_1, false, STAGE_1_ACKNOWLEDGEMENT),
    RESPOND_AT_FRONTLINE("RespondAtFrontline", "Respond at frontline", Stage.STAGE_1, false, STAGE_1_RESPONSE),
    DECIDE_STAGE_1_EXTENSION(
            "DecideStage1Extension", "Decide on more time at stage 1", Stage.STAGE_1, true, STAGE_1_RESPONSE),
    DECIDE_WITHOUT_STAGE_1_ANSWER(
            "DecideWithoutStage1Answer", "Decide: no answer from the customer", Stage.STAGE_1, false, STAGE_1_RESPONSE),
    DECIDE_ESCALATION(
            "DecideEscalation", "Decide on the request for stage 2", Stage.STAGE_1, true, STAGE_2_ACKNOWLEDGEMENT),
    ACKNOWLEDGE_STAGE_2(
            "AcknowledgeStage2",
            "Acknowledge stage 2 and agree the points",
            Stage.STAGE_2,
            false,
            STAGE_2_ACKNOWLEDGEMENT),
    INVESTIGATE("Investigate", "Investigate and draft the final response", Stage.STAGE_2, false, STAGE_2_RESPONSE),
    DECIDE_WITHOUT_STAGE_2_ANSWER(
            "DecideWithoutStage2Answer", "Decide: no answer from the customer", Stage.STAGE_2, false, STAGE_2_RESPONSE),
    DECIDE_STAGE_2_EXTENSION(
            "DecideStage2Extension", "Decide on more time at stage 2", Stage.STAGE_2, true, STAGE_2_RESPONSE),
    SIGN_OFF_FINAL_RESPONSE(
            "SignOffFinalResponse", "Sign off the final response", Stage.STAGE_2, true, STAGE_2_RESPONSE);

    /** The key of the process these are the steps of. */
    public static final String PROCESS_KEY = "complaint";

    private final String taskKey;
    private final String displayName;
    private final Stage stage;
    private final boolean managerDecision;
    private final DeadlineKind deadline;

    ComplaintStep(String taskKey, String displayName, Stage stage, boolean managerDecision, DeadlineKind deadline) {
        this.taskKey = taskKey;
        this.displayName = displayName;
        this.stage = stage;
        this.managerDecision = managerDecision;
        this.deadline = deadline;
    }

    /** The deadline this step is due by; empty for triage, which runs on the case's first stage 1 deadline. */
    public Optional<DeadlineKind> deadline() {
        return Optional.ofNullable(deadline);
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

    /** The deadline a step that may ask for more time can extend; empty for every other step. */
    public Optional<DeadlineKind> extendable() {
        return this == RESPOND_AT_FRONTLINE || this == INVESTIGATE ? deadline() : Optional.empty();
    }

    public static Optional<ComplaintStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
