package org.charterdesk.actionplans;

import java.time.Instant;
import java.util.List;

/**
 * A plan's page as the member of staff it was read for sees it: the plan, its actions, the steps open on it (and
 * which are theirs to do), and its history of approvals and comments.
 */
public record PlanPage(PlanSummary plan, List<ActionLine> actions, List<PlanStep> steps, List<HistoryLine> history) {

    /** An open step of the plan's process: what it is, who holds it, and whether it is the member's to do now. */
    public record PlanStep(
            String taskId,
            String key,
            String name,
            String assignee,
            String assigneeName,
            boolean mine,
            Long actionId,
            String actionDescription) {}

    /** One entry of the plan's history. */
    public record HistoryLine(Instant at, String actorName, String text) {}
}
