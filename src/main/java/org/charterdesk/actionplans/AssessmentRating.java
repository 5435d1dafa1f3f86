package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rating of one element in one assessment, with the evidence for it. */
@Entity
@Table(name = "assessment_rating")
public class AssessmentRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private String elementCode;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String evidence;
    private String link;
    private String ratedBy;

    protected AssessmentRating() {}

    AssessmentRating(Long assessmentId, String elementCode) {
        this.assessmentId = assessmentId;
        this.elementCode = elementCode;
    }

    void rate(Rating rating, String evidence, String link, String by) {
        this.rating = rating;
        this.evidence = evidence;
        this.link = link;
        this.ratedBy = by;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getElementCode() {
        return elementCode;
    }

    public Rating getRating() {
        return rating;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getLink() {
        return link;
    }

    public String getRatedBy() {
        return ratedBy;
    }
}
