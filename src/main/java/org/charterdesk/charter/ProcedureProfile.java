package org.charterdesk.charter;

import java.util.Arrays;

/**
 * The shape of a complaints procedure. The shape says which steps there are and what each clock counts from;
 * the number of working days for each step always comes from the charter's standards.
 */
public enum ProcedureProfile {

    /** The SPSO Model Complaints Handling Procedure (Scotland, revised 2020). */
    SPSO("spso", "Scottish model complaints handling procedure", false, false, false, false),

    /** The Housing Ombudsman's and LGSCO's complaint handling codes (England). */
    COMPLAINT_HANDLING_CODE("complaint-handling-code", "Complaint handling code (England)", true, true, true, true);

    private final String configName;
    private final String displayName;
    private final boolean acknowledgesAtStage1;
    private final boolean stage1ResponseFromAcknowledgement;
    private final boolean stage2ResponseFromAcknowledgement;
    private final boolean differentHandlerAtStage2;

    ProcedureProfile(
            String configName,
            String displayName,
            boolean acknowledgesAtStage1,
            boolean stage1ResponseFromAcknowledgement,
            boolean stage2ResponseFromAcknowledgement,
            boolean differentHandlerAtStage2) {
        this.configName = configName;
        this.displayName = displayName;
        this.acknowledgesAtStage1 = acknowledgesAtStage1;
        this.stage1ResponseFromAcknowledgement = stage1ResponseFromAcknowledgement;
        this.stage2ResponseFromAcknowledgement = stage2ResponseFromAcknowledgement;
        this.differentHandlerAtStage2 = differentHandlerAtStage2;
    }

    public String configName() {
        return configName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether stage 1 starts with an acknowledgement step that has its own deadline. */
    public boolean acknowledgesAtStage1() {
        return acknowledgesAtStage1;
    }

    /** Stage 1 response clock: from the acknowledgement (true) or from receipt (false). */
    public boolean stage1ResponseFromAcknowledgement() {
        return stage1ResponseFromAcknowledgement;
    }

    /** Stage 2 response clock: from the acknowledgement (true) or from the start of stage 2 (false). */
    public boolean stage2ResponseFromAcknowledgement() {
        return stage2ResponseFromAcknowledgement;
    }

    /**
     * Whether the procedure requires stage 2 to be handled by someone other than the stage 1 responder; where it does
     * not, the charter may still promise it (see {@link ProcedureStep#STAGE_2_DIFFERENT_HANDLER}).
     */
    public boolean requiresDifferentHandlerAtStage2() {
        return differentHandlerAtStage2;
    }

    public static ProcedureProfile fromConfig(String value) {
        return Arrays.stream(values())
                .filter(p -> p.configName.equalsIgnoreCase(value) || p.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown procedure profile '" + value + "': use spso or complaint-handling-code"));
    }
}
