package org.charterdesk.actionplans;

import java.util.List;

/**
 * A self-assessment as its page shows it: every element of the standard with its rating, evidence and link, beside
 * the service's earlier completed assessments, and the gaps it found.
 */
public record AssessmentSheet(AssessmentSummary assessment, List<ElementLine> elements) {

    /** One element of the standard, as this assessment rates it. */
    public record ElementLine(
            String code,
            String subCriterionName,
            String text,
            Rating rating,
            String evidence,
            String link,
            List<Rating> earlier) {

        public boolean isGap() {
            return rating != null && rating.isGap();
        }
    }

    public long rated() {
        return elements.stream().filter(e -> e.rating() != null).count();
    }

    /** The elements rated partial or non-compliance: what the action plan should address. */
    public List<ElementLine> gaps() {
        return elements.stream().filter(ElementLine::isGap).toList();
    }
}
