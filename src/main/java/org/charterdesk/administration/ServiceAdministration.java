package org.charterdesk.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CharterIncompleteException;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.charter.ServiceRegister;
import org.charterdesk.complaints.CaseTransfers;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's services for administrators: create one (with its officer and manager teams in the identity store),
 * rename it, set its own procedure profile, or retire it. A retired service takes no new contacts; its cases and
 * figures stay. A service with open cases is retired only once the administrator says where they go: to another
 * service's team, or staying with this one until they close. Every change is audited.
 */
@Service
public class ServiceAdministration {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final Charter charter;
    private final ServiceRegister register;
    private final CaseTransfers transfers;
    private final IdentityService identity;
    private final AuditLog audit;
    private final Clock clock;
    private final CalendarProperties calendar;

    ServiceAdministration(
            Charter charter,
            ServiceRegister register,
            CaseTransfers transfers,
            IdentityService identity,
            AuditLog audit,
            Clock clock,
            CalendarProperties calendar) {
        this.charter = charter;
        this.register = register;
        this.transfers = transfers;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** A service as the screen shows it; {@code version} guards against two administrators' changes. */
    public record ServiceRow(
            String code, String name, String profile, LocalDate retiredOn, int openCases, long version) {}

    /** What to do with a retiring service's open cases: move them to {@code moveTo}, or keep them here. */
    public record OpenCases(String moveTo, boolean keepHere) {}

    @Transactional(readOnly = true)
    public List<ServiceRow> all(StaffMember member) {
        People.checkAdministrator(member);
        return charter.services().stream()
                .map(s -> new ServiceRow(
                        s.getCode(),
                        s.getName(),
                        s.getProcedureProfile() == null
                                ? ""
                                : s.getProcedureProfile().configName(),
                        s.getRetiredOn(),
                        transfers.openCasesOf(s.getCode()),
                        s.getVersion()))
                .toList();
    }

    @Transactional
    public void create(String code, String name, ProcedureProfile profile, StaffMember member) {
        People.checkAdministrator(member);
        if (code == null || !CODE.matcher(code).matches()) {
            throw InvalidInputException.of(
                    "code", "Give a short code of small letters, digits and dashes, starting with a letter");
        }
        if (register.find(code).isPresent()) {
            throw InvalidInputException.of("code", "There is already a service with the code " + code);
        }
        String named = checkedName(name);
        register.keep(new CouncilService(code, named, profile));
        team(StaffGroups.officers(code), named + " officers");
        team(StaffGroups.managers(code), named + " managers");
        audit.recordChange(member.username(), null, "Created the service " + named + " (" + code + ")");
        checkCharterCovers(register.find(code).orElseThrow());
    }

    /** Renames a service and sets its own procedure profile (none: the council's). */
    @Transactional
    public void change(String code, long version, String name, ProcedureProfile profile, StaffMember member) {
        People.checkAdministrator(member);
        CouncilService service = current(code, version);
        String before = service.getName() + " (" + profileName(service.getProcedureProfile()) + ")";
        service.rename(checkedName(name));
        service.setProcedureProfile(profile);
        checkCharterCovers(service);
        keep(service);
        audit.recordChange(
                member.username(),
                null,
                "Changed the service " + code + " from " + before + " to " + service.getName() + " ("
                        + profileName(profile) + ")");
    }

    /** Retires a service from today; its open cases go where the administrator says. */
    @Transactional
    public void retire(String code, long version, OpenCases openCases, StaffMember member) {
        People.checkAdministrator(member);
        CouncilService service = current(code, version);
        if (service.isRetired()) {
            throw InvalidInputException.of("retire", service.getName() + " is already retired");
        }
        int open = transfers.openCasesOf(code);
        String where = "";
        if (open > 0 && openCases.moveTo() != null) {
            CouncilService to = register.find(openCases.moveTo())
                    .filter(s -> !s.isRetired() && !s.getCode().equals(code))
                    .orElseThrow(() -> InvalidInputException.of("moveTo", "Choose a service that takes contacts"));
            transfers.moveOpenCases(service, to, member.username());
            where = "; its " + open + " open cases moved to " + to.getName();
        } else if (open > 0 && openCases.keepHere()) {
            where = "; its " + open + " open cases stay with its team until they close";
        } else if (open > 0) {
            throw InvalidInputException.of(
                    "moveTo",
                    service.getName() + " has " + open + " open cases. Say where they go: to another service, or"
                            + " staying with this team until they close.");
        }
        service.retire(LocalDate.now(clock.withZone(calendar.zone())));
        keep(service);
        audit.recordChange(member.username(), null, "Retired the service " + service.getName() + where);
    }

    /** The charter must give the service every timescale its procedure needs, or nothing is saved. */
    private void checkCharterCovers(CouncilService service) {
        try {
            charter.timescalesFor(service);
        } catch (CharterIncompleteException e) {
            throw InvalidInputException.of("profile", e.getMessage());
        }
    }

    private CouncilService current(String code, long version) {
        CouncilService service =
                register.find(code).orElseThrow(() -> InvalidInputException.of("code", "There is no service " + code));
        if (service.getVersion() != version) {
            throw stale(service);
        }
        return service;
    }

    private void keep(CouncilService service) {
        try {
            register.keep(service);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(service);
        }
    }

    private static InvalidInputException stale(CouncilService service) {
        return InvalidInputException.of(
                "name", "Someone else changed " + service.getName() + " since you opened it. Open it again to see.");
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw InvalidInputException.of(
                    "name", "Give the service's name as the public knows it (up to 120 letters)");
        }
        return name.strip();
    }

    private static String profileName(ProcedureProfile profile) {
        return profile == null ? "the council's procedure" : profile.configName();
    }

    private void team(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
