package org.charterdesk.scorecard;

/**
 * How a survey question's answers are read: its column in the file, its wording, the scale (say 1 to 5), and the
 * lowest answer that counts as satisfied (say 4, "fairly satisfied").
 */
public record SurveyQuestionScale(String code, String wording, int min, int max, int satisfiedFrom) {}
