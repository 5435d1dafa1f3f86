package org.charterdesk.complaints.restrictions;

import java.time.LocalDate;
import java.util.List;

/**
 * A restriction as staff see it: what it restricts in plain words, since when and until its review, and (for
 * managers and administrators only, else null) the behaviour behind it and its history of reviews.
 */
public record Restriction(
        long id,
        String customerName,
        String serviceCode,
        String caseReference,
        List<String> restricts,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate liftedOn,
        String behaviour,
        String behaviourDetails,
        List<String> history) {}
