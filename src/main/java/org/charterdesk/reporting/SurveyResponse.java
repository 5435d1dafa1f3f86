package org.charterdesk.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's answers to the satisfaction survey of their closed complaint, each on a scale of 1 to 5. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int ease;
    private int keptInformed;
    private int clearAnswer;
    private int satisfied;
    private String comment;
    private Instant submittedAt;

    protected SurveyResponse() {}

    SurveyResponse(Long caseId, SurveyAnswers answers, Instant submittedAt) {
        this.caseId = caseId;
        this.ease = answers.ease();
        this.keptInformed = answers.keptInformed();
        this.clearAnswer = answers.clearAnswer();
        this.satisfied = answers.satisfied();
        this.comment = answers.comment() == null || answers.comment().isBlank()
                ? null
                : answers.comment().strip();
        this.submittedAt = submittedAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getEase() {
        return ease;
    }

    public int getKeptInformed() {
        return keptInformed;
    }

    public int getClearAnswer() {
        return clearAnswer;
    }

    public int getSatisfied() {
        return satisfied;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
