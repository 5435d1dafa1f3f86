package org.charterdesk.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.DeadlineStatus;
import org.charterdesk.complaints.steps.OpenStep;
import org.charterdesk.notifications.OutboxEntry;

/**
 * Everything a member of staff may see of a case, as its page shows it, with what they may do there already
 * decided: which open steps are theirs to take or open, and whether they may record a request for stage 2. Names
 * are resolved; usernames are kept beside them for the API.
 */
public record CasePage(
        String reference,
        CaseKind kind,
        CaseStatus status,
        Stage stage,
        CharterFlag charterFlag,
        String serviceCode,
        String serviceName,
        Channel channel,
        Instant receivedAt,
        LocalDate receivedOn,
        String loggedBy,
        String loggedByName,
        Person customer,
        String whatHappened,
        String outcomeSought,
        /** The charter promise the customer says was not kept ("Name: promise"), or null. */
        String promiseNotKept,
        Triage triage,
        String procedureProfile,
        NextDue nextDue,
        List<Deadline> deadlines,
        List<Decision> decisions,
        List<Point> points,
        String agreedOutcomeSought,
        List<Extension> extensions,
        Escalation escalation,
        List<OpenStep> openSteps,
        List<Event> timeline,
        List<Letter> correspondence,
        List<CaseNotes.Note> notes,
        boolean mayRecordEscalation) {

    public record Person(
            String name,
            String email,
            String phone,
            String address,
            PreferredContact preferredContact,
            String supportNeeds,
            Language language) {}

    public record Triage(MatterType matterType, boolean complex, boolean serious, boolean highRisk, String note) {}

    /** The charter deadline of the step the case waits on, if any. */
    public record NextDue(DeadlineKind kind, String name, LocalDate dueOn) {

        static NextDue of(CaseDeadline deadline) {
            return new NextDue(deadline.getKind(), deadline.getKind().displayName(), deadline.getDueOn());
        }
    }

    public record Deadline(
            DeadlineKind kind,
            String name,
            LocalDate startsOn,
            int workingDays,
            int extensionDays,
            LocalDate originalDueOn,
            LocalDate dueOn,
            DeadlineStatus status,
            CharterFlag flag,
            Integer workingDaysLeft,
            LocalDate completedOn,
            Instant atRiskWarnedAt,
            Instant breachedAt) {}

    public record Decision(
            Stage stage,
            Outcome outcome,
            String response,
            String apology,
            String remedy,
            String learning,
            String draftedBy,
            String draftedByName,
            Instant draftedAt,
            String signedOffBy,
            String signedOffByName,
            Instant sentAt) {}

    public record Point(int number, String summary, String finding) {}

    public record Extension(
            DeadlineKind deadline,
            int extraDays,
            String reason,
            String requestedBy,
            String requestedByName,
            ExtensionStatus status,
            String decidedBy,
            String declineReason,
            LocalDate previousDueOn,
            LocalDate newDueOn) {}

    public record Escalation(Instant requestedAt, String reason, String declineReason) {}

    public record Event(Instant at, String actor, String actorName, EventType type, String description) {}

    /** A notification about the case, with the names of the member of staff it went to and of whoever did it. */
    public record Letter(OutboxEntry entry, String recipientName, String doneByName) {}
}
