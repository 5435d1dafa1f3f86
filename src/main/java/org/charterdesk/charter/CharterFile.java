package org.charterdesk.charter;

import java.time.LocalDate;
import java.util.List;

/** The shape of a charter file (see {@code charter/sample-charter.yaml}). */
record CharterFile(List<ServiceEntry> services, List<StandardEntry> standards, List<ClosureEntry> closureDays) {

    record ServiceEntry(String code, String name, String procedureProfile) {}

    record StandardEntry(
            String service,
            String name,
            String promise,
            String step,
            String profile,
            Integer workingDays,
            Integer months,
            Boolean applies,
            String welshName,
            String welshPromise) {}

    record ClosureEntry(LocalDate date, String description) {}
}
