package org.charterdesk.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note as staff write it. */
public record NoteInput(
        @NotBlank(message = "Write the note") @Size(max = 4000, message = "Keep the note to 4,000 characters")
        String text) {}
