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

/**
 * The council's decision on a complaint at one stage: outcome, the response to the customer, and where the
 * complaint is upheld in whole or part the apology and remedy; and what the service learns from it. At stage 2
 * a manager signs it off before it is sent.
 */
@Entity
@Table(name = "stage_decision")
public class StageDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String response;

    private String apology;

    private String remedy;

    private String learning;

    @Column(nullable = false)
    private String draftedBy;

    @Column(nullable = false)
    private Instant draftedAt;

    private String signedOffBy;

    private Instant signedOffAt;

    private Instant sentAt;

    protected StageDecision() {}

    public StageDecision(Long caseId, Stage stage) {
        this.caseId = caseId;
        this.stage = stage;
    }

    /** Writes (or rewrites, after a send-back) the decision; any earlier sign-off no longer stands. */
    public void draft(
            Outcome outcome, String response, String apology, String remedy, String learning, String by, Instant at) {
        this.outcome = outcome;
        this.response = response;
        this.apology = apology;
        this.remedy = remedy;
        this.learning = learning;
        this.draftedBy = by;
        this.draftedAt = at;
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    public void signOff(String by, Instant at) {
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    public void markSent(Instant at) {
        this.sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Stage getStage() {
        return stage;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getResponse() {
        return response;
    }

    public String getApology() {
        return apology;
    }

    public String getRemedy() {
        return remedy;
    }

    public String getLearning() {
        return learning;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
