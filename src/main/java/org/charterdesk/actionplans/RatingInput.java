package org.charterdesk.actionplans;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A rating of an element, with evidence notes and a link to the evidence. */
public record RatingInput(
        @NotNull(message = "Choose a rating") Rating rating,

        @Size(max = 4000, message = "Keep the evidence to 4,000 characters")
        String evidence,

        @Size(max = 500, message = "Keep the link to 500 characters")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "Give a link starting with https:// or http://")
        String link) {}
