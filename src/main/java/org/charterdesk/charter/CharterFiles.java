package org.charterdesk.charter;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter as a file in the same YAML shape the application ships with, so that a council can keep it under
 * version control: written out as it stands on a day, and read back as the changes it would make.
 */
@Service
public class CharterFiles {

    private final CouncilServiceRepository services;
    private final CharterStandardRepository standards;
    private final ClosureDays closureDays;

    CharterFiles(CouncilServiceRepository services, CharterStandardRepository standards, ClosureDays closureDays) {
        this.services = services;
        this.standards = standards;
        this.closureDays = closureDays;
    }

    /**
     * A standard as a charter file gives it: {@code replaces} is the version it changes (none: a new standard), and
     * {@code changed} whether it differs from that version at all.
     */
    public record Imported(
            Long replaces,
            String serviceCode,
            String name,
            String promise,
            Integer amount,
            ProcedureStep step,
            ProcedureProfile profile,
            String welshName,
            String welshPromise,
            boolean changed) {}

    /** The services that take contacts, the standards in force on {@code day}, and the closure days, as YAML. */
    @Transactional(readOnly = true)
    public String export(LocalDate day) {
        CharterFile file = new CharterFile(
                services.findAllByOrderByName().stream()
                        .filter(s -> !s.isRetired())
                        .map(s -> new CharterFile.ServiceEntry(
                                s.getCode(),
                                s.getName(),
                                s.getProcedureProfile() == null
                                        ? null
                                        : s.getProcedureProfile().configName()))
                        .toList(),
                standards.findAllByOrderBySortOrder().stream()
                        .filter(s -> s.inForceOn(day))
                        .map(CharterFile.StandardEntry::of)
                        .toList(),
                closureDays.list().stream()
                        .map(d -> new CharterFile.ClosureEntry(d.getClosedOn(), d.getDescription()))
                        .toList());
        try {
            return CharterFile.yaml().writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The standards a charter file gives, each matched to the newest version of the same standard (same service and,
     * for a timescale, the same step and procedure; otherwise the same name). Refused with the reason if the file is
     * not a charter or names a service Charterdesk does not have.
     */
    @Transactional(readOnly = true)
    public List<Imported> read(String yaml) {
        CharterFile file;
        try {
            file = CharterFile.yaml().readValue(yaml, CharterFile.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(
                    "file",
                    "This is not a charter file: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (file == null || file.standards() == null || file.standards().isEmpty()) {
            throw InvalidInputException.of("file", "The file has no standards");
        }
        List<CharterStandard> latest = standards.findAllByOrderBySortOrder().stream()
                .filter(CharterStandard::isLatest)
                .toList();
        List<Imported> imported = new ArrayList<>();
        for (CharterFile.StandardEntry entry : file.standards()) {
            imported.add(imported(entry, latest));
        }
        return imported;
    }

    /** Adds a standard a charter file gave that the charter did not have, in force from {@code from}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Imported s, LocalDate from, String by, Instant at) {
        CouncilService service = s.serviceCode() == null
                ? null
                : services.findByCode(s.serviceCode()).orElseThrow();
        int order = standards.findAllByOrderBySortOrder().stream()
                        .mapToInt(CharterStandard::getSortOrder)
                        .max()
                        .orElse(0)
                + 1;
        CharterStandard standard =
                new CharterStandard(service, s.name(), s.promise(), order).inWelsh(s.welshName(), s.welshPromise());
        if (s.step() != null) {
            standard.forStep(s.step(), s.profile(), s.amount());
        }
        standards.save(standard.startingOn(from, by, at));
    }

    private Imported imported(CharterFile.StandardEntry entry, List<CharterStandard> latest) {
        if (entry.name() == null
                || entry.name().isBlank()
                || entry.promise() == null
                || entry.promise().isBlank()) {
            throw InvalidInputException.of("file", "Every standard needs a name and a promise");
        }
        if (entry.service() != null && services.findByCode(entry.service()).isEmpty()) {
            throw InvalidInputException.of(
                    "file",
                    "The standard '" + entry.name() + "' names the service '" + entry.service()
                            + "', which Charterdesk does not have: add it on the Services screen first");
        }
        ProcedureStep step;
        Integer amount;
        try {
            step = entry.step() == null ? null : ProcedureStep.fromFileName(entry.step());
            amount = step == null ? null : entry.amount(step);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "The standard '" + entry.name() + "': " + e.getMessage());
        }
        ProcedureProfile profile = entry.profile() == null ? null : ProcedureProfile.fromConfig(entry.profile());
        Optional<CharterStandard> same = latest.stream()
                .filter(s ->
                        Objects.equals(s.isCorporate() ? null : s.getService().getCode(), entry.service()))
                .filter(s -> step == null
                        ? s.getProcedureStep() == null && s.getName().equals(entry.name())
                        : s.getProcedureStep() == step && s.getProcedureProfile() == profile)
                .findFirst();
        boolean changed = same.map(s -> !s.getName().equals(entry.name())
                        || !s.getPromise().equals(entry.promise())
                        || !Objects.equals(s.getAmount(), amount)
                        || !Objects.equals(s.getWelshName(), entry.welshName())
                        || !Objects.equals(s.getWelshPromise(), entry.welshPromise()))
                .orElse(true);
        return new Imported(
                same.map(CharterStandard::getId).orElse(null),
                entry.service(),
                entry.name().strip(),
                entry.promise().strip(),
                amount,
                step,
                profile,
                entry.welshName(),
                entry.welshPromise(),
                changed);
    }
}
