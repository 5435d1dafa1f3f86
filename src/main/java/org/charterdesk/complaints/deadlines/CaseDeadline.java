package org.charterdesk.complaints.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CharterFlag;
import org.springframework.modulith.NamedInterface;

/**
 * One charter deadline of a case: when its clock started, how many working days it has (with any approved
 * extension), when it is due and when it becomes at risk, and whether the warning and the breach were recorded.
 */
@NamedInterface("deadlines")
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind kind;

    @Column(nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(nullable = false, updatable = false)
    private int workingDays;

    @Column(nullable = false)
    private int extensionDays;

    /** Working days the deadline moved on while its clock stopped for the customer's answer. */
    @Column(nullable = false)
    private int pausedDays;

    /** Working days the deadline moved on because the council added closure days inside it. */
    @Column(nullable = false)
    private int closureDays;

    @Column(nullable = false, updatable = false)
    private LocalDate originalDueOn;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private LocalDate atRiskOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineStatus status;

    private LocalDate completedOn;

    private Instant atRiskWarnedAt;

    private LocalDate atRiskWarnedFor;

    private Instant breachedAt;

    private LocalDate breachedFor;

    protected CaseDeadline() {}

    CaseDeadline(
            CaseFile caseFile,
            DeadlineKind kind,
            LocalDate startsOn,
            int workingDays,
            LocalDate dueOn,
            LocalDate atRiskOn) {
        this.caseFile = caseFile;
        this.kind = kind;
        this.startsOn = startsOn;
        this.workingDays = workingDays;
        this.originalDueOn = dueOn;
        this.dueOn = dueOn;
        this.atRiskOn = atRiskOn;
        this.status = DeadlineStatus.OPEN;
    }

    void complete(LocalDate on) {
        this.status = DeadlineStatus.COMPLETED;
        this.completedOn = on;
    }

    void withdraw() {
        this.status = DeadlineStatus.WITHDRAWN;
    }

    void pause(int daysWaited, LocalDate newDueOn, LocalDate newAtRiskOn) {
        this.pausedDays += daysWaited;
        this.dueOn = newDueOn;
        this.atRiskOn = newAtRiskOn;
    }

    void moveForClosure(LocalDate newDueOn, LocalDate newAtRiskOn) {
        this.closureDays++;
        this.dueOn = newDueOn;
        this.atRiskOn = newAtRiskOn;
    }

    void extend(int extraDays, LocalDate newDueOn, LocalDate newAtRiskOn) {
        this.extensionDays += extraDays;
        this.dueOn = newDueOn;
        this.atRiskOn = newAtRiskOn;
    }

    /** Records the at-risk warning for the current due date; false if it was recorded already. */
    boolean warnAtRisk(Instant at) {
        if (status != DeadlineStatus.OPEN || dueOn.equals(atRiskWarnedFor) || dueOn.equals(breachedFor)) {
            return false;
        }
        this.atRiskWarnedAt = at;
        this.atRiskWarnedFor = dueOn;
        return true;
    }

    /** Records the breach of the current due date; false if it was recorded already. */
    boolean breach(Instant at) {
        if (status != DeadlineStatus.OPEN || dueOn.equals(breachedFor)) {
            return false;
        }
        this.breachedAt = at;
        this.breachedFor = dueOn;
        return true;
    }

    public boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }

    /** Done on or before its due date. */
    public boolean wasMet() {
        return status == DeadlineStatus.COMPLETED && !completedOn.isAfter(dueOn);
    }

    /** How an open deadline stands today; a finished one is on track if it was met and overdue if not. */
    public CharterFlag flagOn(LocalDate today) {
        if (status == DeadlineStatus.WITHDRAWN) {
            return CharterFlag.ON_TRACK;
        }
        LocalDate day = status == DeadlineStatus.COMPLETED ? completedOn : today;
        if (day.isAfter(dueOn)) {
            return CharterFlag.OVERDUE;
        }
        return status == DeadlineStatus.OPEN && !day.isBefore(atRiskOn) ? CharterFlag.AT_RISK : CharterFlag.ON_TRACK;
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public int getPausedDays() {
        return pausedDays;
    }

    public int getClosureDays() {
        return closureDays;
    }

    public LocalDate getOriginalDueOn() {
        return originalDueOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAtRiskOn() {
        return atRiskOn;
    }

    public DeadlineStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getAtRiskWarnedAt() {
        return atRiskWarnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }
}
