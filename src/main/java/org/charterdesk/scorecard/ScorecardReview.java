package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The customer focus group's six-monthly review of the scorecard: the half year it covers and what they concluded. */
@Entity
public class ScorecardReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private LocalDate halfYearEnd;
    private String conclusions;
    private String recordedBy;
    private Instant recordedAt;

    protected ScorecardReview() {}

    ScorecardReview(LocalDate halfYearEnd) {
        this.halfYearEnd = halfYearEnd;
    }

    void record(String conclusions, String by, Instant at) {
        this.conclusions = conclusions;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHalfYearEnd() {
        return halfYearEnd;
    }

    public String getConclusions() {
        return conclusions;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
