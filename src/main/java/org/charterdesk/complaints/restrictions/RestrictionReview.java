package org.charterdesk.complaints.restrictions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One review of a restriction: who, when, what they decided and why. Never changed once written. */
@Entity
@Table(name = "contact_restriction_review")
class RestrictionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long restrictionId;

    @Column(nullable = false, updatable = false)
    private String reviewedBy;

    @Column(nullable = false, updatable = false)
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewOutcome outcome;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(updatable = false)
    private LocalDate nextReviewOn;

    protected RestrictionReview() {}

    RestrictionReview(
            Long restrictionId,
            String reviewedBy,
            Instant reviewedAt,
            ReviewOutcome outcome,
            String reason,
            LocalDate nextReviewOn) {
        this.restrictionId = restrictionId;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.outcome = outcome;
        this.reason = reason;
        this.nextReviewOn = nextReviewOn;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    ReviewOutcome getOutcome() {
        return outcome;
    }

    String getReason() {
        return reason;
    }

    LocalDate getNextReviewOn() {
        return nextReviewOn;
    }
}
