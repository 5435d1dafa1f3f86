package org.charterdesk.complaints.ombudsman;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One of the ombudsman's recommendations: what, whose, by when, the evidence, and when the ombudsman was told. */
@Entity
@Table(name = "ombudsman_recommendation")
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Long referralId;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false, updatable = false)
    private LocalDate dueOn;

    private String evidence;
    private LocalDate doneOn;
    private String approvedBy;
    private Instant approvedAt;
    private LocalDate toldOmbudsmanOn;
    private LocalDate overdueFlaggedOn;
    private Long planActionId;

    protected Recommendation() {}

    Recommendation(Long referralId, RecommendationInput input) {
        this.referralId = referralId;
        this.what = input.what().strip();
        this.owner = input.owner();
        this.dueOn = input.dueOn();
    }

    void done(String evidence, LocalDate on) {
        this.evidence = evidence;
        this.doneOn = on;
    }

    void approved(String by, Instant at, LocalDate toldOmbudsmanOn) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.toldOmbudsmanOn = toldOmbudsmanOn;
    }

    /** The manager sends it back: the evidence does not show it done. */
    void notYetDone() {
        this.doneOn = null;
    }

    /** Flags it overdue once; false if it was flagged already or is complete. */
    boolean flagOverdue(LocalDate today) {
        if (overdueFlaggedOn != null || approvedAt != null) {
            return false;
        }
        overdueFlaggedOn = today;
        return true;
    }

    void linkedTo(Long actionId) {
        this.planActionId = actionId;
    }

    boolean complete() {
        return approvedAt != null;
    }

    /** Completed no later than its due date: done (as the evidence says) on or before it. */
    boolean completedOnTime() {
        return complete() && doneOn != null && !doneOn.isAfter(dueOn);
    }

    Long getId() {
        return id;
    }

    Long getReferralId() {
        return referralId;
    }

    String getWhat() {
        return what;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getEvidence() {
        return evidence;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    LocalDate getToldOmbudsmanOn() {
        return toldOmbudsmanOn;
    }

    LocalDate getOverdueFlaggedOn() {
        return overdueFlaggedOn;
    }

    Long getPlanActionId() {
        return planActionId;
    }
}
