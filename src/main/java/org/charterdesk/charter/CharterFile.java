package org.charterdesk.charter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
            String welshPromise) {

        /** The timescale the entry gives its step: working days, months, or 1 and 0 for a rule's on and off. */
        Integer amount(ProcedureStep step) {
            Integer amount = switch (step.unit()) {
                case MONTHS -> months;
                case WORKING_DAYS -> workingDays;
                case RULE -> applies == null ? null : applies ? 1 : 0;
            };
            if (amount == null) {
                throw new IllegalStateException("Standard '" + name + "' needs "
                        + switch (step.unit()) {
                            case MONTHS -> "months";
                            case WORKING_DAYS -> "working-days";
                            case RULE -> "applies (true or false)";
                        });
            }
            return amount;
        }

        static StandardEntry of(CharterStandard s) {
            ProcedureStep step = s.getProcedureStep();
            StandardUnit unit = step == null ? null : step.unit();
            return new StandardEntry(
                    s.isCorporate() ? null : s.getService().getCode(),
                    s.getName(),
                    s.getPromise(),
                    step == null ? null : step.fileName(),
                    s.getProcedureProfile() == null
                            ? null
                            : s.getProcedureProfile().configName(),
                    unit == StandardUnit.WORKING_DAYS ? s.getAmount() : null,
                    unit == StandardUnit.MONTHS ? s.getAmount() : null,
                    unit == StandardUnit.RULE ? s.getAmount() > 0 : null,
                    s.getWelshName(),
                    s.getWelshPromise());
        }
    }

    /** Reads and writes charter files: kebab-case YAML, dates as 2026-12-25, empty fields left out. */
    static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    record ClosureEntry(LocalDate date, String description) {}
}
