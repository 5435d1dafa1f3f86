package org.charterdesk.complaints.ombudsman;

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

/** The ombudsman has taken up a complaint: whose reference, since when, the council's submission and the decision. */
@Entity
@Table(name = "ombudsman_referral")
class OmbudsmanReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private String theirReference;

    @Column(nullable = false, updatable = false)
    private LocalDate firstContactOn;

    @Column(nullable = false, updatable = false)
    private String recordedBy;

    @Column(nullable = false, updatable = false)
    private Instant recordedAt;

    private String submission;
    private String submittedBy;
    private Instant submittedAt;
    private String signedOffBy;
    private Instant signedOffAt;

    @Enumerated(EnumType.STRING)
    private OmbudsmanDecision decision;

    private LocalDate decidedOn;
    private String decisionSummary;
    private LocalDate closedOn;

    protected OmbudsmanReferral() {}

    OmbudsmanReferral(Long caseId, ReferralInput input, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.body = input.body();
        this.theirReference = input.theirReference().strip();
        this.firstContactOn = input.firstContactOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void submitted(String text, String by, Instant at) {
        this.submission = text;
        this.submittedBy = by;
        this.submittedAt = at;
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    void signedOff(String by, Instant at) {
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    void decided(OmbudsmanDecision decision, LocalDate on, String summary) {
        this.decision = decision;
        this.decidedOn = on;
        this.decisionSummary = summary;
    }

    void closed(LocalDate on) {
        this.closedOn = on;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    String getBody() {
        return body;
    }

    String getTheirReference() {
        return theirReference;
    }

    LocalDate getFirstContactOn() {
        return firstContactOn;
    }

    String getSubmission() {
        return submission;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    String getSignedOffBy() {
        return signedOffBy;
    }

    Instant getSignedOffAt() {
        return signedOffAt;
    }

    OmbudsmanDecision getDecision() {
        return decision;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    String getDecisionSummary() {
        return decisionSummary;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }
}
