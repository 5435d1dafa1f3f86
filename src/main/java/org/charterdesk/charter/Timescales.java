package org.charterdesk.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;

/**
 * The timescales that applied to a case when it was received, copied from the charter so that a later change
 * to the charter never moves an old case's deadlines.
 */
@Embeddable
public class Timescales {

    @Column(name = "procedure_profile")
    private String procedureProfile;

    @Column(name = "stage1_acknowledgement_days")
    private Integer stage1AcknowledgementDays;

    @Column(name = "stage1_response_days")
    private Integer stage1ResponseDays;

    @Column(name = "stage1_extension_days")
    private Integer stage1ExtensionDays;

    @Column(name = "stage2_acknowledgement_days")
    private Integer stage2AcknowledgementDays;

    @Column(name = "stage2_response_days")
    private Integer stage2ResponseDays;

    @Column(name = "stage2_extension_days")
    private Integer stage2ExtensionDays;

    @Column(name = "at_risk_days")
    private Integer atRiskDays;

    @Column(name = "escalation_window_months")
    private Integer escalationWindowMonths;

    /** Null for a case received before the charter said: the procedure's own rule then applies. */
    @Column(name = "stage2_different_handler")
    private Boolean stage2DifferentHandler;

    /** Null for a case received before the charter said: {@value #DEFAULT_INFORMATION_REPLY_DAYS} working days. */
    @Column(name = "information_reply_days")
    private Integer informationReplyDays;

    /** Null for a case received before the charter said: the clock keeps running. */
    @Column(name = "clock_stops_while_waiting")
    private Boolean clockStopsWhileWaiting;

    /** The customer's time to answer a request for information where the charter sets none. */
    public static final int DEFAULT_INFORMATION_REPLY_DAYS = 10;

    protected Timescales() {}

    static Timescales of(ProcedureProfile profile, Map<ProcedureStep, Integer> amounts) {
        Timescales t = new Timescales();
        t.procedureProfile = profile.configName();
        t.stage1AcknowledgementDays = amounts.get(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT);
        t.stage1ResponseDays = amounts.get(ProcedureStep.STAGE_1_RESPONSE);
        t.stage1ExtensionDays = amounts.get(ProcedureStep.STAGE_1_EXTENSION);
        t.stage2AcknowledgementDays = amounts.get(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT);
        t.stage2ResponseDays = amounts.get(ProcedureStep.STAGE_2_RESPONSE);
        t.stage2ExtensionDays = amounts.get(ProcedureStep.STAGE_2_EXTENSION);
        t.atRiskDays = amounts.get(ProcedureStep.AT_RISK_WARNING);
        t.escalationWindowMonths = amounts.get(ProcedureStep.ESCALATION_WINDOW);
        Integer differentHandler = amounts.get(ProcedureStep.STAGE_2_DIFFERENT_HANDLER);
        t.stage2DifferentHandler = differentHandler == null ? null : differentHandler != 0;
        t.informationReplyDays = amounts.get(ProcedureStep.INFORMATION_REPLY);
        Integer clockStops = amounts.get(ProcedureStep.CLOCK_STOPS_WHILE_WAITING);
        t.clockStopsWhileWaiting = clockStops == null ? null : clockStops != 0;
        return t;
    }

    public ProcedureProfile profile() {
        return ProcedureProfile.fromConfig(procedureProfile);
    }

    /** The amount for a step: working days, or months for the time to ask for stage 2. */
    public int amount(ProcedureStep step) {
        Integer value = switch (step) {
            case STAGE_1_ACKNOWLEDGEMENT -> stage1AcknowledgementDays;
            case STAGE_1_RESPONSE -> stage1ResponseDays;
            case STAGE_1_EXTENSION -> stage1ExtensionDays;
            case STAGE_2_ACKNOWLEDGEMENT -> stage2AcknowledgementDays;
            case STAGE_2_RESPONSE -> stage2ResponseDays;
            case STAGE_2_EXTENSION -> stage2ExtensionDays;
            case AT_RISK_WARNING -> atRiskDays;
            case ESCALATION_WINDOW -> escalationWindowMonths;
            case STAGE_2_DIFFERENT_HANDLER -> differentHandlerAtStage2() ? 1 : 0;
            case INFORMATION_REPLY -> informationReplyDays();
            case CLOCK_STOPS_WHILE_WAITING -> clockStopsWhileWaiting() ? 1 : 0;
        };
        if (value == null) {
            throw new IllegalStateException(
                    "This case's procedure has no " + step.displayName().toLowerCase());
        }
        return value;
    }

    /** Whether someone other than the stage 1 responder must deal with stage 2 of this case. */
    public boolean differentHandlerAtStage2() {
        return stage2DifferentHandler == null ? profile().requiresDifferentHandlerAtStage2() : stage2DifferentHandler;
    }

    /** Working days the customer is given to answer a request for more information. */
    public int informationReplyDays() {
        return informationReplyDays == null ? DEFAULT_INFORMATION_REPLY_DAYS : informationReplyDays;
    }

    /** Whether the deadlines of this case move on by the working days it waits for the customer's answer. */
    public boolean clockStopsWhileWaiting() {
        return clockStopsWhileWaiting != null && clockStopsWhileWaiting;
    }

    public int atRiskDays() {
        return amount(ProcedureStep.AT_RISK_WARNING);
    }

    public int escalationWindowMonths() {
        return amount(ProcedureStep.ESCALATION_WINDOW);
    }
}
