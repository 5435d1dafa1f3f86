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

    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String emailTo;
    private String contactBy;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private String claimToken;
    private String lastError;
    private Instant sentAt;
    private String doneBy;
    private Instant doneAt;
    private String dedupKey;

    protected Notification() {}

    Notification(
            Long caseId,
            NotificationType type,
            Audience audience,
            String recipient,
            String deadlineKind,
            String summary,
            Instant createdAt) {
        this.caseId = caseId;
        this.type = type;
        this.audience = audience;
        this.recipient = recipient;
        this.deadlineKind = deadlineKind;
        this.summary = summary;
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    Notification written(RenderedMail message) {
        this.subject = message.subject();
        this.bodyText = message.text();
        this.bodyHtml = message.html();
        return this;
    }

    Notification byEmailTo(String email) {
        this.emailTo = email;
        return this;
    }

    /** Not an email: a member of staff is to contact the customer by post or phone. */
    Notification byHand(String contactBy) {
        this.contactBy = contactBy;
        this.status = NotificationStatus.TO_CONTACT;
        this.nextAttemptAt = null;
        return this;
    }

    Notification once(String dedupKey) {
        this.dedupKey = dedupKey;
        return this;
    }

    void sent(Instant at) {
        this.status = NotificationStatus.SENT;
        this.sentAt = at;
        this.leaseUntil = null;
        this.claimToken = null;
        this.lastError = null;
    }

    /** A failed try: wait until {@code nextAttempt}, or give up (for an administrator to see) when it is null. */
    void failed(String error, Instant nextAttempt) {
        this.lastError = error == null ? "Unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        this.leaseUntil = null;
        this.claimToken = null;
        this.status = nextAttempt == null ? NotificationStatus.FAILED : NotificationStatus.PENDING;
        this.nextAttemptAt = nextAttempt;
    }

    /** An administrator asks for a failed notification to be sent again, from a fresh count of attempts. */
    void retry(Instant now) {
        this.status = NotificationStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    void contacted(String by, Instant at) {
        this.status = NotificationStatus.CONTACTED;
        this.doneBy = by;
        this.doneAt = at;
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

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getEmailTo() {
        return emailTo;
    }

    public String getContactBy() {
        return contactBy;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimToken() {
        return claimToken;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
