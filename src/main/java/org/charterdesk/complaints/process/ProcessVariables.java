package org.charterdesk.complaints.process;

import java.util.HashMap;
import java.util.Map;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.Stage;

/** The few process variables the complaint process uses: routing, triage facts and each step's decision. */
public final class ProcessVariables {

    public static final String SERVICE_CODE = "serviceCode";
    /** Who withdrew a complaint (a username, or "customer") and why, as the withdrawal message carries them. */
    public static final String WITHDRAWN_BY = "withdrawnBy";

    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String MATTER_TYPE = "matterType";
    public static final String COMPLEX = "complex";
    public static final String SERIOUS = "serious";
    public static final String HIGH_RISK = "highRisk";
    /** Output of the triage decision table: NEEDS_TRIAGE, NOT_A_COMPLAINT, STAGE_1 or STAGE_2. */
    public static final String ROUTE = "route";
    /** RESPOND or REQUEST_EXTENSION, from the frontline response. */
    public static final String FRONTLINE_ACTION = "frontlineAction";
    /** SUBMIT_RESPONSE or REQUEST_EXTENSION, from the investigation. */
    public static final String INVESTIGATION_ACTION = "investigationAction";

    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String ESCALATION_APPROVED = "escalationApproved";
    public static final String SIGNED_OFF = "signedOff";
    /** The outcome of the latest decision, for the apology gateway. */
    public static final String OUTCOME = "outcome";

    public static final String RESPOND = "RESPOND";
    public static final String SUBMIT_RESPONSE = "SUBMIT_RESPONSE";
    public static final String REQUEST_EXTENSION = "REQUEST_EXTENSION";
    /** The officer asked the customer for more information; the stage's step waits for the answer. */
    public static final String ASK_CUSTOMER = "ASK_CUSTOMER";
    /** Work on the stage carries on after waiting for the customer (answered, or carrying on without). */
    public static final String RESUME = "RESUME";
    /** No answer came and the officer closes the complaint as withdrawn. */
    public static final String CLOSE_NO_ANSWER = "CLOSE_NO_ANSWER";
    /** The officer who asked the customer, who decides if no answer comes. */
    public static final String INFORMATION_ASKED_BY = "informationAskedBy";

    private ProcessVariables() {}

    /** The variable that routes what happens after a stage's response step: its action. */
    public static String actionOf(Stage stage) {
        return stage == Stage.STAGE_1 ? FRONTLINE_ACTION : INVESTIGATION_ACTION;
    }

    public static Map<String, Object> triageFacts(CaseFile complaint) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(
                MATTER_TYPE,
                complaint.getMatterType() == null
                        ? null
                        : complaint.getMatterType().name());
        facts.put(COMPLEX, complaint.isComplex());
        facts.put(SERIOUS, complaint.isSerious());
        facts.put(HIGH_RISK, complaint.isHighRisk());
        return facts;
    }
}
