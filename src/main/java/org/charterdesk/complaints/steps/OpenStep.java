package org.charterdesk.complaints.steps;

import java.time.Instant;
import java.util.List;
import org.charterdesk.complaints.process.ComplaintStep;

/** An open step of a case as staff see it: what it is, who holds it or which teams may take it, when it is due. */
public record OpenStep(
        String taskId,
        ComplaintStep step,
        String name,
        String assignee,
        String assigneeName,
        List<String> candidateGroups,
        Instant due) {}
