package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.charterdesk.complaints.deadlines.DeadlineKind;

/** An officer's request for more time on a response deadline, and the manager's decision on it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind deadlineKind;

    @Column(nullable = false, updatable = false)
    private int extraDays;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtensionStatus status;

    private String decidedBy;

    private Instant decidedAt;

    private String declineReason;

    private LocalDate previousDueOn;

    private LocalDate newDueOn;

    protected ExtensionRequest() {}

    public ExtensionRequest(
            Long caseId,
            DeadlineKind deadlineKind,
            int extraDays,
            String reason,
            String requestedBy,
            Instant requestedAt) {
        this.caseId = caseId;
        this.deadlineKind = deadlineKind;
        this.extraDays = extraDays;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = ExtensionStatus.PENDING;
    }

    public void approve(String by, Instant at) {
        this.status = ExtensionStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void decline(String by, Instant at, String reason) {
        this.status = ExtensionStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.declineReason = reason;
    }

    public void applied(LocalDate previousDueOn, LocalDate newDueOn) {
        this.previousDueOn = previousDueOn;
        this.newDueOn = newDueOn;
    }

    public boolean isApplied() {
        return newDueOn != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public int getExtraDays() {
        return extraDays;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ExtensionStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getPreviousDueOn() {
        return previousDueOn;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }
}
