package org.charterdesk.complaints.deadlines;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Who holds the open step of a case: the staff it is assigned to (usernames, and their names to show), or the
 * groups it waits in.
 */
@NamedInterface("deadlines")
public record StepHolders(
        String stepName, List<String> assignees, List<String> assigneeNames, List<String> candidateGroups) {

    public StepHolders {
        assignees = List.copyOf(assignees);
        assigneeNames = List.copyOf(assigneeNames);
        candidateGroups = List.copyOf(candidateGroups);
    }

    public String describe() {
        if (!assigneeNames.isEmpty()) {
            return stepName + " held by " + String.join(", ", assigneeNames);
        }
        return stepName + " waiting to be claimed";
    }
}
