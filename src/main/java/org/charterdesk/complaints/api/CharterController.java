package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CharterStandard;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Charter", description = "The council's services and published customer charter")
class CharterController {

    private final Charter charter;

    CharterController(Charter charter) {
        this.charter = charter;
    }

    record Service(String code, String name, String procedureProfile) {}

    record Standard(
            String name,
            String service,
            String promise,
            String procedureStep,
            String procedureProfile,
            Integer amount,
            String unit) {}

    @GetMapping("/services")
    @Operation(summary = "The council's services, for choosing which one a complaint is about")
    List<Service> services() {
        return charter.services().stream()
                .map(s -> new Service(
                        s.getCode(), s.getName(), charter.profileFor(s).configName()))
                .toList();
    }

    @GetMapping("/charter")
    @Operation(summary = "Every standard of the customer charter, corporate and by service")
    List<Standard> standards() {
        return charter.publishedStandards().stream()
                .map(CharterController::standard)
                .toList();
    }

    record Promise(Long id, String name, String promise) {}

    @GetMapping("/services/{code}/promises")
    @Operation(
            summary = "The promises a complaint about this service can say were not kept (optional on a complaint, as"
                    + " promiseNotKept)")
    List<Promise> promises(@PathVariable String code) {
        charter.findService(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such service"));
        return charter.promisesOf(code).stream()
                .map(p -> new Promise(p.lineageId(), p.name(), p.promise()))
                .toList();
    }

    private static Standard standard(CharterStandard s) {
        return new Standard(
                s.getName(),
                s.isCorporate() ? null : s.getService().getCode(),
                s.getPromise(),
                s.getProcedureStep() == null ? null : s.getProcedureStep().fileName(),
                s.getProcedureProfile() == null ? null : s.getProcedureProfile().configName(),
                s.getAmount(),
                s.getUnit() == null ? null : s.getUnit().name());
    }
}
