package org.charterdesk.complaints.steps;

import java.time.Instant;
import java.util.List;
import org.charterdesk.complaints.ComplaintStep;

/**
 * An open step of a case as a member of staff sees it: what it is, who holds it or which teams may take it, when it
 * is due, and whether it is theirs: held by them, or theirs to take and open now.
 */
public record OpenStep(
        String taskId,
        ComplaintStep step,
        String name,
        String assignee,
        String assigneeName,
        List<String> candidateGroups,
        Instant due,
        boolean heldByYou,
        boolean yoursToDo) {}
