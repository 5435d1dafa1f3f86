package org.charterdesk.complaints.ombudsman;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint's time with the ombudsman, as its case page shows it to staff. */
public record OmbudsmanCase(
        String bodyName,
        String theirReference,
        LocalDate firstContactOn,
        String submission,
        String submittedByName,
        String signedOffByName,
        Instant signedOffAt,
        OmbudsmanDecision decision,
        LocalDate decidedOn,
        String decisionSummary,
        LocalDate closedOn,
        List<Request> requests,
        List<Item> recommendations,
        List<Step> steps) {

    /** A request for information and how it stands. */
    public record Request(
            String what,
            LocalDate receivedOn,
            String deadline,
            LocalDate dueOn,
            String answer,
            LocalDate answeredOn,
            boolean late) {}

    /** A recommendation and how it stands. */
    public record Item(
            long id,
            String what,
            String ownerName,
            LocalDate dueOn,
            String evidence,
            LocalDate doneOn,
            String approvedByName,
            LocalDate toldOmbudsmanOn,
            boolean overdue,
            Long planActionId) {}

    /** An open step of the ombudsman process, and whether the reader may do it. */
    public record Step(
            String taskId,
            String key,
            String name,
            String holderName,
            LocalDate dueOn,
            String forWhat,
            boolean mayDo) {}
}
