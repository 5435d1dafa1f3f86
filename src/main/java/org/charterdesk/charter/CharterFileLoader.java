package org.charterdesk.charter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the charter file into an empty database on first start, then checks that the charter gives the
 * complaints procedure every timescale it needs, so that a gap is found at start-up, not on a complaint.
 */
@Component
@Order(1)
class CharterFileLoader implements SetUpBeforeServing {

    private static final Logger log = LoggerFactory.getLogger(CharterFileLoader.class);

    private final CharterProperties properties;
    private final ResourceLoader resources;
    private final CouncilServiceRepository services;
    private final CharterStandardRepository standards;
    private final ClosureDays closureDays;
    private final Charter charter;

    CharterFileLoader(
            CharterProperties properties,
            ResourceLoader resources,
            CouncilServiceRepository services,
            CharterStandardRepository standards,
            ClosureDays closureDays,
            Charter charter) {
        this.properties = properties;
        this.resources = resources;
        this.services = services;
        this.standards = standards;
        this.closureDays = closureDays;
        this.charter = charter;
    }

    @Override
    @Transactional
    public void setUp() throws IOException {
        if (services.count() == 0) {
            load(read());
        }
        charter.verify();
    }

    private CharterFile read() throws IOException {
        ObjectMapper yaml = CharterFile.yaml();
        try (InputStream in = resources.getResource(properties.location()).getInputStream()) {
            return yaml.readValue(in, CharterFile.class);
        }
    }

    private void load(CharterFile file) {
        Map<String, CouncilService> byCode = new HashMap<>();
        for (CharterFile.ServiceEntry entry : nonNull(file.services())) {
            ProcedureProfile profile =
                    entry.procedureProfile() == null ? null : ProcedureProfile.fromConfig(entry.procedureProfile());
            byCode.put(entry.code(), services.save(new CouncilService(entry.code(), entry.name(), profile)));
        }
        int order = 0;
        for (CharterFile.StandardEntry entry : nonNull(file.standards())) {
            CouncilService service = null;
            if (entry.service() != null) {
                service = byCode.get(entry.service());
                if (service == null) {
                    throw new IllegalStateException(
                            "Standard '" + entry.name() + "' names an unknown service '" + entry.service() + "'");
                }
            }
            CharterStandard standard = new CharterStandard(service, entry.name(), entry.promise(), ++order)
                    .inWelsh(entry.welshName(), entry.welshPromise());
            if (entry.step() != null) {
                ProcedureStep step = ProcedureStep.fromFileName(entry.step());
                Integer amount = entry.amount(step);
                ProcedureProfile profile =
                        entry.profile() == null ? null : ProcedureProfile.fromConfig(entry.profile());
                standard.forStep(step, profile, amount);
            }
            standards.save(standard);
        }
        for (CharterFile.ClosureEntry closure : nonNull(file.closureDays())) {
            closureDays.add(closure.date(), closure.description());
        }
        log.info("Loaded the charter from {}: {} services, {} standards", properties.location(), byCode.size(), order);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
