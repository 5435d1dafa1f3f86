package org.charterdesk.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notification in the outbox. It is written in the same transaction as the step that caused it, so it is
 * never lost; sending it is the sender's job.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    private String recipient;

    private String deadlineKind;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(Long caseId, NotificationType type, Audience audience, String recipient, String deadlineKind,
            String summary, Instant createdAt) {
        this.caseId = caseId;
        this.type = type;
        this.audience = audience;
        this.recipient = recipient;
        this.deadlineKind = deadlineKind;
        this.summary = summary;
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public NotificationType getType() {
        return type;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getDeadlineKind() {
        return deadlineKind;
    }

    public String getSummary() {
        return summary;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
