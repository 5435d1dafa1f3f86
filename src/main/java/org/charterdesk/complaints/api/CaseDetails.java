package org.charterdesk.complaints.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything staff may see of a case: the API form of the case page. */
public record CaseDetails(
        CaseSummary summary,
        String channel,
        String loggedBy,
        Customer customer,
        String whatHappened,
        String outcomeSought,
        Triage triage,
        String procedureProfile,
        String charterFlag,
        List<Deadline> deadlines,
        List<Decision> decisions,
        List<Point> pointsOfComplaint,
        String agreedOutcomeSought,
        List<Extension> extensionRequests,
        Escalation escalation,
        List<Step> openSteps,
        List<Event> timeline,
        List<Notification> notifications) {

    public record Customer(
            String name, String email, String phone, String address, String preferredContact, String supportNeeds) {}

    public record Triage(String matterType, boolean complex, boolean serious, boolean highRisk, String note) {}

    public record Deadline(
            String kind,
            String name,
            LocalDate startsOn,
            int workingDays,
            int extensionDays,
            LocalDate originalDueOn,
            LocalDate dueOn,
            String status,
            String flag,
            Integer workingDaysLeft,
            LocalDate completedOn,
            Instant atRiskWarnedAt,
            Instant breachedAt) {}

    public record Decision(
            String stage,
            String outcome,
            String response,
            String apology,
            String remedy,
            String learning,
            String draftedBy,
            Instant draftedAt,
            String signedOffBy,
            Instant sentAt) {}

    public record Point(int number, String summary, String finding) {}

    public record Extension(
            String deadline,
            int extraDays,
            String reason,
            String requestedBy,
            String status,
            String decidedBy,
            String declineReason,
            LocalDate previousDueOn,
            LocalDate newDueOn) {}

    public record Escalation(Instant requestedAt, String reason, String declineReason) {}

    public record Step(String taskId, String name, String heldBy, List<String> teams, Instant due) {}

    public record Event(Instant at, String actor, String type, String description) {}

    public record Notification(
            Long id,
            String type,
            String audience,
            String recipient,
            String status,
            Instant createdAt,
            String subject,
            String contactBy,
            Instant sentAt,
            String lastError,
            String doneBy,
            Instant doneAt,
            String text) {}
}
