package org.charterdesk.complaints;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.retention.*}: how long a finished case keeps its personal data, by kind of case, counted from
 * the day it was closed; when the nightly job runs ({@code cron}) and how many cases it does at a time.
 *
 * <p>The default is six years after closure, the period the Information and Records Management Society's retention
 * guidelines for local government give for complaints records, itself the six years within which a claim can be
 * brought under the Limitation Act 1980.
 */
@ConfigurationProperties("charterdesk.retention")
public record RetentionProperties(Period afterClosure, Map<CaseKind, Period> kinds, String cron, int batch) {

    public RetentionProperties {
        afterClosure = afterClosure == null ? Period.ofYears(6) : afterClosure;
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        cron = cron == null ? "0 30 2 * * *" : cron;
        batch = batch <= 0 ? 500 : batch;
    }

    /** How long a case of this kind keeps its personal data after it was closed. */
    public Period keep(CaseKind kind) {
        return kinds.getOrDefault(kind, afterClosure);
    }

    /** Every kind with its period. */
    public Map<CaseKind, Period> periods() {
        Map<CaseKind, Period> periods = new EnumMap<>(CaseKind.class);
        for (CaseKind kind : CaseKind.values()) {
            periods.put(kind, keep(kind));
        }
        return periods;
    }
}
