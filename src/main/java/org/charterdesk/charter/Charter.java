package org.charterdesk.charter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterdesk.calendar.CalendarProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's customer charter: its services and standards, and the timescales the complaints procedure
 * takes from them. A service's own standard wins over the corporate one; a service may also follow a
 * different procedure profile from the rest of the council.
 */
@Service
public class Charter {

    private final CouncilServiceRepository services;
    private final CharterStandardRepository standards;
    private final ProcedureProperties procedure;
    private final Supplier<LocalDate> today;

    @Autowired
    public Charter(
            CouncilServiceRepository services,
            CharterStandardRepository standards,
            ProcedureProperties procedure,
            Clock clock,
            CalendarProperties calendar) {
        this(services, standards, procedure, () -> LocalDate.now(clock.withZone(calendar.zone())));
    }

    Charter(
            CouncilServiceRepository services,
            CharterStandardRepository standards,
            ProcedureProperties procedure,
            Supplier<LocalDate> today) {
        this.services = services;
        this.standards = standards;
        this.procedure = procedure;
        this.today = today;
    }

    /** The procedure profile of the council, from {@code charterdesk.procedure.profile}. */
    public ProcedureProfile councilProfile() {
        return procedure.procedureProfile();
    }

    public ProcedureProfile profileFor(CouncilService service) {
        return Objects.requireNonNullElse(service.getProcedureProfile(), councilProfile());
    }

    @Transactional(readOnly = true)
    public List<CouncilService> services() {
        return services.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public CouncilService service(String code) {
        return findService(code).orElseThrow(() -> new UnknownServiceException(code));
    }

    @Transactional(readOnly = true)
    public Optional<CouncilService> findService(String code) {
        return code == null ? Optional.empty() : services.findByCode(code.strip());
    }

    /** Every service, by name, as screens list them (retired ones too: their cases and figures stay). */
    @Transactional(readOnly = true)
    public List<ServiceRef> serviceRefs() {
        return services().stream().map(ServiceRef::of).toList();
    }

    /** The services that take new contacts, by name, for the forms that log them. */
    @Transactional(readOnly = true)
    public List<ServiceRef> openServiceRefs() {
        return services().stream()
                .filter(s -> !s.isRetired())
                .map(ServiceRef::of)
                .toList();
    }

    /** The name of a service, or its code when there is no such service. */
    @Transactional(readOnly = true)
    public String serviceName(String code) {
        return findService(code).map(CouncilService::getName).orElse(code);
    }

    /** The charter as published: the promises to everyone, and each service's timescales and own standards. */
    @Transactional(readOnly = true)
    public PublishedCharter published() {
        List<CharterStandard> standards = publishedStandards();
        List<PublishedCharter.Promise> corporate = standards.stream()
                .filter(CharterStandard::isCorporate)
                .map(PublishedCharter.Promise::of)
                .toList();
        List<PublishedCharter.ServicePromises> perService = services().stream()
                .map(service -> new PublishedCharter.ServicePromises(
                        ServiceRef.of(service),
                        timescalesFor(service),
                        standards.stream()
                                .filter(s -> !s.isCorporate()
                                        && s.getService().getCode().equals(service.getCode())
                                        && s.getProcedureStep() == null)
                                .map(PublishedCharter.Promise::of)
                                .toList()))
                .toList();
        return new PublishedCharter(corporate, perService);
    }

    /**
     * The promises a customer of a service can say were not kept: the council's own standards and the service's,
     * in force today, without the complaint procedure's timescales.
     */
    @Transactional(readOnly = true)
    public List<PromiseRef> promisesOf(String serviceCode) {
        return publishedStandards().stream()
                .filter(s -> s.getProcedureStep() == null && s.getProcedureProfile() == null)
                .filter(s -> s.isCorporate() || s.getService().getCode().equals(serviceCode))
                .map(PromiseRef::of)
                .toList();
    }

    /** A promise by its lineage, in its words today (or its last words, if it was withdrawn). */
    @Transactional(readOnly = true)
    public Optional<PromiseRef> promise(Long lineageId) {
        return standards.findAllByOrderBySortOrder().stream()
                .filter(s -> lineageId.equals(s.getLineageId()))
                .max(Comparator.comparing(
                        CharterStandard::getEffectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(PromiseRef::of);
    }

    /** The standards in force today, in the charter's order. */
    @Transactional(readOnly = true)
    public List<CharterStandard> publishedStandards() {
        LocalDate day = today.get();
        return standards.findAllByOrderBySortOrder().stream()
                .filter(s -> s.inForceOn(day))
                .toList();
    }

    /** The timescales a case of this service gets if it is received today. */
    @Transactional(readOnly = true)
    public Timescales timescalesFor(CouncilService service) {
        return timescalesFor(service, today.get());
    }

    /** The timescales a case of this service received on {@code day} gets: the standards in force that day. */
    @Transactional(readOnly = true)
    public Timescales timescalesFor(CouncilService service, LocalDate day) {
        ProcedureProfile profile = profileFor(service);
        List<CharterStandard> procedureStandards = standards.findByProcedureStepIsNotNull().stream()
                .filter(s -> s.inForceOn(day))
                .toList();
        Map<ProcedureStep, Integer> amounts = new EnumMap<>(ProcedureStep.class);
        List<String> missing = new ArrayList<>();
        for (ProcedureStep step : ProcedureStep.values()) {
            Optional<CharterStandard> standard = resolve(procedureStandards, service, profile, step);
            if (standard.isPresent()) {
                amounts.put(step, standard.get().getAmount());
            } else if (step.requiredUnder(profile)) {
                missing.add(step.displayName().toLowerCase());
            }
        }
        if (!missing.isEmpty()) {
            throw new CharterIncompleteException("The charter has no standard for " + String.join(", ", missing)
                    + " under the " + profile.configName() + " procedure (service: " + service.getName() + ")");
        }
        if (!profile.acknowledgesAtStage1()) {
            amounts.remove(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT);
        }
        // On unless the charter turns it off, which the complaint handling code does not allow.
        amounts.putIfAbsent(ProcedureStep.STAGE_2_DIFFERENT_HANDLER, 1);
        if (profile.requiresDifferentHandlerAtStage2() && amounts.get(ProcedureStep.STAGE_2_DIFFERENT_HANDLER) == 0) {
            throw new CharterIncompleteException("The " + profile.configName() + " procedure requires stage 2 to be"
                    + " handled by someone other than the stage 1 responder: its standard cannot be off (service: "
                    + service.getName() + ")");
        }
        return Timescales.of(profile, amounts);
    }

    /** Checks that every service can take a complaint under the charter as it stands. */
    @Transactional(readOnly = true)
    public void verify() {
        services.findAll().forEach(this::timescalesFor);
    }

    /** The service's own standard before the council's; one for this profile before one for every profile. */
    private static Optional<CharterStandard> resolve(
            List<CharterStandard> candidates, CouncilService service, ProcedureProfile profile, ProcedureStep step) {
        return candidates.stream()
                .filter(s -> s.getProcedureStep() == step && s.appliesUnder(profile))
                .filter(s -> s.isCorporate() || s.getService().getId().equals(service.getId()))
                .min(Comparator.comparingInt(
                        s -> (s.isCorporate() ? 2 : 0) + (s.getProcedureProfile() == null ? 1 : 0)));
    }
}
