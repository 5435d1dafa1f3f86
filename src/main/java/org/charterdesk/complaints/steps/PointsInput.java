package org.charterdesk.complaints.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The stage 2 acknowledgement: the points of complaint and the outcome agreed with the customer. */
public record PointsInput(
        @NotEmpty(message = "Agree at least one point of complaint")
        @Size(max = 20, message = "Agree no more than 20 points")
        List<
                        @NotBlank(message = "A point cannot be empty")
                        @Size(max = 2000, message = "Keep each point to 2,000 characters") String>
                points,

        @Size(max = 4000, message = "Keep the outcome sought to 4,000 characters")
        String outcomeSought) {}
