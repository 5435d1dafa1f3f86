package org.charterdesk.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CharterFiles;
import org.charterdesk.charter.CharterStandard;
import org.charterdesk.charter.CharterVersions;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.StandardUnit;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the charter's standards, for administrators. A change takes effect from a date: the version in force
 * until then is kept, so cases received before the date keep their timescales (each case keeps the timescales it
 * was received under) and the published charter shows the new words from that day. Each change is in the audit log;
 * two administrators changing the same standard: the second is told.
 */
@Service
public class CharterChanges {

    private final CharterVersions standards;
    private final CharterFiles files;
    private final AuditLog audit;
    private final Clock clock;
    private final CalendarProperties calendar;

    CharterChanges(
            CharterVersions standards, CharterFiles files, AuditLog audit, Clock clock, CalendarProperties calendar) {
        this.standards = standards;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** A change as the administrator asks for it. */
    public record Change(String name, String promise, Integer amount, LocalDate from) {}

    /** The newest version of every standard, in the charter's order (one may start later than today). */
    @Transactional(readOnly = true)
    public List<StandardVersion> latest(StaffMember member) {
        People.checkAdministrator(member);
        return standards.all().stream()
                .filter(CharterStandard::isLatest)
                .map(StandardVersion::of)
                .toList();
    }

    /** Every version of a standard, newest first. */
    @Transactional(readOnly = true)
    public List<StandardVersion> history(long lineageId, StaffMember member) {
        People.checkAdministrator(member);
        return standards.all().stream()
                .filter(s -> Objects.equals(s.getLineageId(), lineageId))
                .sorted(Comparator.comparing((CharterStandard s) ->
                                s.getEffectiveFrom() == null ? LocalDate.MIN : s.getEffectiveFrom())
                        .reversed())
                .map(StandardVersion::of)
                .toList();
    }

    /** The charter in force on {@code day}, as the YAML the application ships with. */
    @Transactional(readOnly = true)
    public String export(LocalDate day, StaffMember member) {
        People.checkAdministrator(member);
        audit.recordAccess(member.username(), AuditAction.EXPORTED, null, "Exported the charter as YAML");
        return files.export(day);
    }

    /** What importing a charter file would do: the standards it changes and adds, in words. */
    @Transactional(readOnly = true)
    public List<String> importPreview(String yaml, StaffMember member) {
        People.checkAdministrator(member);
        return files.read(yaml).stream()
                .filter(CharterFiles.Imported::changed)
                .map(s -> (s.replaces() == null ? "Adds '" : "Changes '") + s.name() + "'"
                        + (s.serviceCode() == null ? "" : " (" + s.serviceCode() + ")"))
                .toList();
    }

    /**
     * Imports a charter file as changes from {@code from}: each standard that differs gets a new version, each new
     * one is added; standards the file leaves out stay. All or nothing: one refused standard saves none.
     */
    @Transactional
    public int importFile(String yaml, LocalDate from, StaffMember member) {
        People.checkAdministrator(member);
        int applied = 0;
        for (CharterFiles.Imported s : files.read(yaml)) {
            if (!s.changed()) {
                continue;
            }
            Change change = new Change(s.name(), s.promise(), s.amount(), from);
            if (s.replaces() == null) {
                checkNew(s, from);
                files.add(s, from, member.username(), clock.instant());
                audit.recordChange(
                        member.username(), null, "Added the charter standard '" + s.name() + "' from " + from);
            } else {
                long version = change(s.replaces(), change, member);
                standards.find(version).ifPresent(v -> v.inWelsh(s.welshName(), s.welshPromise()));
            }
            applied++;
        }
        return applied;
    }

    private void checkNew(CharterFiles.Imported s, LocalDate from) {
        if (from == null || from.isBefore(LocalDate.now(clock.withZone(calendar.zone())))) {
            throw InvalidInputException.of("from", "Choose the day the change starts: today or later");
        }
        if (s.step() != null && s.step().unit() != StandardUnit.RULE && (s.amount() == null || s.amount() < 1)) {
            throw InvalidInputException.of("amount", "The standard '" + s.name() + "' needs a timescale of at least 1");
        }
    }

    /**
     * Adds a standard from {@code from}: a promise of the whole council ({@code serviceCode} null) or of one service,
     * and, with a procedure step, that service's own timescale for the step in place of the council's.
     */
    @Transactional
    public void add(
            String serviceCode,
            String name,
            String promise,
            ProcedureStep step,
            Integer amount,
            LocalDate from,
            StaffMember member) {
        People.checkAdministrator(member);
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "Give the standard a name");
        }
        if (promise == null || promise.isBlank()) {
            throw InvalidInputException.of("promise", "Write the promise as the public will read it");
        }
        CharterFiles.Imported s = new CharterFiles.Imported(
                null, serviceCode, name.strip(), promise.strip(), amount, step, null, null, null, true);
        checkNew(s, from);
        files.add(s, from, member.username(), clock.instant());
        audit.recordChange(
                member.username(),
                null,
                "Added the charter standard '" + s.name() + "' for "
                        + (serviceCode == null ? "the whole council" : serviceCode) + " from " + PlainDates.format(from)
                        + ": " + s.promise());
    }

    /** What a change from {@code from} does, in words, before it is saved. */
    public String effectOf(LocalDate from) {
        if (from == null) {
            return "";
        }
        String day = PlainDates.format(from);
        return "Cases received before " + day + " keep the timescales they were given. Cases received from " + day
                + " get the new timescale, and the published charter shows the new words from that day. At-risk"
                + " warnings follow the at-risk standard in force when each case was received.";
    }

    /**
     * Saves a new version of the standard whose newest version is {@code versionId}; the new version's id. Refused
     * with a clear reason: a date in the past, no words, a timescale of zero, or someone else's change meanwhile.
     */
    @Transactional
    public long change(long versionId, Change change, StaffMember member) {
        People.checkAdministrator(member);
        CharterStandard current = standards
                .find(versionId)
                .orElseThrow(() -> InvalidInputException.of("standard", "There is no such standard"));
        if (!current.isLatest()) {
            throw InvalidInputException.of(
                    "standard",
                    "Someone else changed this standard since you opened it. Open it again to see their change.");
        }
        check(current, change);
        CharterStandard next = current.changeFrom(
                change.from(),
                change.name().strip(),
                change.promise().strip(),
                change.amount(),
                member.username(),
                clock.instant());
        standards.keep(current, next);
        audit.recordChange(
                member.username(),
                null,
                "Changed the charter standard '%s' from %s: %s%s"
                        .formatted(
                                current.getName(),
                                PlainDates.format(change.from()),
                                Objects.equals(current.getAmount(), next.getAmount())
                                        ? ""
                                        : StandardVersion.of(current).timescale() + " to "
                                                + StandardVersion.of(next).timescale() + "; ",
                                "'" + current.getPromise() + "' to '" + next.getPromise() + "'"));
        return next.getId();
    }

    private void check(CharterStandard current, Change change) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (change.from() == null || change.from().isBefore(today)) {
            throw InvalidInputException.of("from", "Choose the day the change starts: today or later");
        }
        if (current.getEffectiveFrom() != null && !change.from().isAfter(current.getEffectiveFrom())) {
            throw InvalidInputException.of(
                    "from",
                    "A change already starts on " + PlainDates.format(current.getEffectiveFrom())
                            + "; this one must start after it");
        }
        if (change.name() == null || change.name().isBlank()) {
            throw InvalidInputException.of("name", "Give the standard a name");
        }
        if (change.promise() == null || change.promise().isBlank()) {
            throw InvalidInputException.of("promise", "Write the promise as the public will read it");
        }
        if (current.getProcedureStep() != null && current.getUnit() != StandardUnit.RULE) {
            if (change.amount() == null || change.amount() < 1) {
                throw InvalidInputException.of(
                        "amount",
                        "A timescale must be at least 1 "
                                + (current.getUnit() == StandardUnit.MONTHS ? "month" : "working day"));
            }
            if (change.amount() > 250) {
                throw InvalidInputException.of("amount", "A timescale can be at most 250");
            }
        }
    }
}
