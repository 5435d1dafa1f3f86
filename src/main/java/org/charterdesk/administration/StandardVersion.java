package org.charterdesk.administration;

import java.time.Instant;
import java.time.LocalDate;
import org.charterdesk.charter.CharterStandard;
import org.charterdesk.charter.StandardUnit;

/**
 * One version of a charter standard as the administration screens show it: whose it is, its words, its timescale
 * (working days or months, or on/off for a rule), and when it is in force.
 */
public record StandardVersion(
        long id,
        long lineageId,
        String service,
        String profile,
        String name,
        String promise,
        Integer amount,
        StandardUnit unit,
        LocalDate effectiveFrom,
        boolean latest,
        String changedBy,
        Instant changedAt) {

    static StandardVersion of(CharterStandard s) {
        return new StandardVersion(
                s.getId(),
                s.getLineageId(),
                s.isCorporate() ? "Whole council" : s.getService().getName(),
                s.getProcedureProfile() == null ? "" : s.getProcedureProfile().configName(),
                s.getName(),
                s.getPromise(),
                s.getAmount(),
                s.getUnit(),
                s.getEffectiveFrom(),
                s.isLatest(),
                s.getChangedBy(),
                s.getChangedAt());
    }

    /** The timescale in words: "5 working days", "12 months", "on" or "off"; empty for a promise without one. */
    public String timescale() {
        if (amount == null || unit == null) {
            return "";
        }
        return switch (unit) {
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case MONTHS -> amount + (amount == 1 ? " month" : " months");
            case RULE -> amount > 0 ? "on" : "off";
        };
    }
}
