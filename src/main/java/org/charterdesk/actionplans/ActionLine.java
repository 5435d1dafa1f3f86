package org.charterdesk.actionplans;

import java.time.Instant;
import java.time.LocalDate;

/** An action of a plan as its page lists it, with its latest progress and what it came from. */
public record ActionLine(
        Long id,
        String description,
        String owner,
        String ownerName,
        LocalDate targetDate,
        String outcomeMeasure,
        ActionStatus status,
        String dropReason,
        boolean overdue,
        Instant latestProgressAt,
        String latestProgress,
        String caseReference,
        String elementCode) {}
