package org.charterdesk.actionplans;

import java.time.LocalDate;

/** A self-assessment as lists and headings show it. */
public record AssessmentSummary(
        Long id,
        String serviceCode,
        String serviceName,
        Review review,
        LocalDate startedOn,
        boolean complete,
        LocalDate completedOn) {}
