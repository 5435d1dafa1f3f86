package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a council-wide survey: its code and wording, its scale, and the totals of its answers. */
@Entity
@Table(name = "council_survey_question")
public class CouncilSurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;
    private String code;
    private String wording;
    private int scaleMin;
    private int scaleMax;
    private int satisfiedFrom;
    private int answered;
    private long answerTotal;
    private int satisfied;
    private int sortOrder;

    protected CouncilSurveyQuestion() {}

    CouncilSurveyQuestion(
            Long surveyId, SurveyQuestionScale scale, int answered, long total, int satisfied, int order) {
        this.surveyId = surveyId;
        this.code = scale.code();
        this.wording = scale.wording();
        this.scaleMin = scale.min();
        this.scaleMax = scale.max();
        this.satisfiedFrom = scale.satisfiedFrom();
        this.answered = answered;
        this.answerTotal = total;
        this.satisfied = satisfied;
        this.sortOrder = order;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public String getCode() {
        return code;
    }

    public String getWording() {
        return wording;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public int getAnswered() {
        return answered;
    }

    public long getAnswerTotal() {
        return answerTotal;
    }

    public int getSatisfied() {
        return satisfied;
    }
}
