package org.charterdesk.notifications;

import java.time.Instant;

/** A notification as screens show it: to whom, what was written, and how its delivery stands. */
public record OutboxEntry(
        Long id,
        Long caseId,
        NotificationType type,
        Audience audience,
        String recipient,
        String emailTo,
        String contactBy,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        String doneBy,
        Instant doneAt,
        String subject,
        String summary,
        String text,
        String html) {

    static OutboxEntry of(Notification n) {
        return new OutboxEntry(
                n.getId(),
                n.getCaseId(),
                n.getType(),
                n.getAudience(),
                n.getRecipient(),
                n.getEmailTo(),
                n.getContactBy(),
                n.getStatus(),
                n.getAttempts(),
                n.getCreatedAt(),
                n.getNextAttemptAt(),
                n.getSentAt(),
                n.getLastError(),
                n.getDoneBy(),
                n.getDoneAt(),
                n.getSubject(),
                n.getSummary(),
                n.getBodyText(),
                n.getBodyHtml());
    }

    /** The subject, or for a message written by hand only the summary. */
    public String heading() {
        return subject == null ? summary : subject;
    }

    /** The words of the message, or its summary when it has none. */
    public String words() {
        return text == null ? summary : text;
    }
}
