package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** What anyone who sent a case is told about it: its reference, where it stands and when the next step is due. */
@Schema(description = "A case: its reference, stage and status, and the due date of its current step")
public record CaseSummary(
        String reference,
        String kind,
        String service,

        @Schema(description = "STAGE_1 or STAGE_2; absent before triage and for compliments and comments")
        String stage,

        String status,
        Instant receivedAt,
        LocalDate receivedOn,

        @Schema(description = "The charter deadline of the current step; absent when nothing is due")
        CurrentStep currentStep) {

    public record CurrentStep(String deadline, String name, LocalDate dueOn) {}
}
