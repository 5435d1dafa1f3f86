package org.charterdesk.complaints.steps;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The investigation's findings, one for each agreed point in order, and the draft final response. */
public record InvestigationInput(
        @NotNull(message = "Record a finding for each point")
        List<
                        @NotBlank(message = "Record a finding for each point")
                        @Size(max = 4000, message = "Keep each finding to 4,000 characters") String>
                findings,

        @NotNull(message = "Draft the final response") @Valid
        DecisionInput decision) {}
