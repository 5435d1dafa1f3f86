package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A service's assessment of itself against the standard, kept so that later reviews compare with it. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String serviceCode;

    @Enumerated(EnumType.STRING)
    private Review review;

    private LocalDate startedOn;
    private String startedBy;
    private LocalDate completedOn;
    private String completedBy;

    protected SelfAssessment() {}

    SelfAssessment(String serviceCode, Review review, LocalDate startedOn, String startedBy) {
        this.serviceCode = serviceCode;
        this.review = review;
        this.startedOn = startedOn;
        this.startedBy = startedBy;
    }

    void complete(LocalDate on, String by) {
        this.completedOn = on;
        this.completedBy = by;
    }

    public boolean isComplete() {
        return completedOn != null;
    }

    public Long getId() {
        return id;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public Review getReview() {
        return review;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCompletedBy() {
        return completedBy;
    }
}
