package org.charterdesk.administration;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.SingleSignOn;
import org.charterdesk.security.StaffAccounts;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users for administrators: created, named, put in services as officer or manager and given council-wide roles,
 * disabled and enabled, all in the engine's identity store that Camunda's own webapps use. Where staff sign in
 * through the council's provider, their memberships come from it and are shown here read-only. An administrator
 * cannot take away their own administrator role, and the last administrator cannot lose it or be disabled. Every
 * change is in the audit log.
 */
@Service
public class People {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IdentityService identity;
    private final Charter charter;
    private final StaffAccounts accounts;
    private final SingleSignOn singleSignOn;
    private final AuditLog audit;

    People(
            IdentityService identity,
            Charter charter,
            StaffAccounts accounts,
            SingleSignOn singleSignOn,
            AuditLog audit) {
        this.identity = identity;
        this.charter = charter;
        this.accounts = accounts;
        this.singleSignOn = singleSignOn;
        this.audit = audit;
    }

    /** Whether memberships come from the council's provider, so that this screen only shows them. */
    public boolean membershipsFromProvider() {
        return !singleSignOn.providers().isEmpty();
    }

    @Transactional(readOnly = true)
    public List<Person> everyone(StaffMember member) {
        checkAdministrator(member);
        Set<String> disabled = accounts.disabled();
        return identity.createUserQuery().list().stream()
                .map(user -> person(user, disabled.contains(user.getId())))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Person find(String username, StaffMember member) {
        checkAdministrator(member);
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw InvalidInputException.of("username", "There is no member of staff called " + username);
        }
        return person(user, accounts.isDisabled(username));
    }

    /**
     * Creates a member of staff ({@code opened} null) or changes one: their details and their Charterdesk groups.
     * {@code opened} is the person as the editor first showed them: if someone else changed them since, the change is
     * refused rather than overwriting theirs.
     */
    @Transactional
    public void save(Person opened, Person input, StaffMember member) {
        checkAdministrator(member);
        boolean isNew = opened == null;
        check(input, isNew);
        User user = isNew
                ? identity.newUser(input.username())
                : identity.createUserQuery().userId(input.username()).singleResult();
        if (user == null) {
            throw InvalidInputException.of("username", "There is no member of staff called " + input.username());
        }
        Person before = isNew ? null : person(user, opened.disabled());
        if (before != null && !before.equals(opened)) {
            throw InvalidInputException.of(
                    "username", "Someone else changed " + before.name() + " since you opened them. Open them again.");
        }
        user.setFirstName(input.firstName().strip());
        user.setLastName(input.lastName().strip());
        user.setEmail(input.email().strip());
        identity.saveUser(user);
        if (!membershipsFromProvider()) {
            checkAdministrators(before, input, member);
            keepOnly(input.username(), groupsOf(input));
        }
        audit.recordChange(
                member.username(),
                null,
                (isNew ? "Created the member of staff " : "Changed the member of staff ") + input.username() + ": "
                        + (before == null ? "" : describe(before) + " to ") + describe(input));
    }

    /** Disables a member of staff: they can no longer sign in. */
    @Transactional
    public void disable(String username, StaffMember member) {
        Person person = find(username, member);
        if (username.equals(member.username())) {
            throw InvalidInputException.of("disabled", "You cannot disable your own account");
        }
        if (person.administrator() && enabledAdministrators().size() <= 1) {
            throw InvalidInputException.of("disabled", "This is the last administrator, so they cannot be disabled");
        }
        accounts.disable(username, member.username());
        audit.recordChange(member.username(), null, "Disabled the member of staff " + username);
    }

    @Transactional
    public void enable(String username, StaffMember member) {
        find(username, member);
        accounts.enable(username);
        audit.recordChange(member.username(), null, "Enabled the member of staff " + username);
    }

    /** The services staff can be put in, by name. */
    public List<ServiceRef> services() {
        return charter.serviceRefs();
    }

    private void check(Person input, boolean isNew) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.username() == null || !USERNAME.matcher(input.username()).matches()) {
            errors.put("username", "Give a username of 2 to 64 small letters, digits, dots, dashes or underscores");
        } else if (isNew && identity.createUserQuery().userId(input.username()).count() > 0) {
            errors.put("username", "There is already a member of staff called " + input.username());
        }
        if (input.firstName() == null || input.firstName().isBlank()) {
            errors.put("firstName", "Give their first name");
        }
        if (input.lastName() == null || input.lastName().isBlank()) {
            errors.put("lastName", "Give their last name");
        }
        if (input.email() == null || !EMAIL.matcher(input.email().strip()).matches()) {
            errors.put("email", "Give their work email address, like name@council.gov.uk");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void checkAdministrators(Person before, Person input, StaffMember member) {
        if (before == null || !before.administrator() || input.administrator()) {
            return;
        }
        if (input.username().equals(member.username())) {
            throw InvalidInputException.of("administrator", "You cannot take away your own administrator role");
        }
        if (enabledAdministrators().size() <= 1) {
            throw InvalidInputException.of(
                    "administrator", "This is the last administrator: make someone else an administrator first");
        }
    }

    private List<String> enabledAdministrators() {
        Set<String> disabled = accounts.disabled();
        return identity.createUserQuery().memberOfGroup(StaffGroups.ADMINISTRATORS).list().stream()
                .map(User::getId)
                .filter(id -> !disabled.contains(id))
                .toList();
    }

    /** The Charterdesk groups the person should be in; groups of other systems are left alone. */
    private Set<String> groupsOf(Person input) {
        Set<String> groups = new HashSet<>();
        input.officerOf().forEach(code -> groups.add(StaffGroups.officers(code)));
        input.managerOf().forEach(code -> groups.add(StaffGroups.managers(code)));
        if (input.customerServices()) {
            groups.add(StaffGroups.INTAKE);
        }
        if (input.corporateLead()) {
            groups.add(StaffGroups.CORPORATE);
        }
        if (input.administrator()) {
            groups.add(StaffGroups.ADMINISTRATORS);
        }
        return groups;
    }

    private Set<String> managedGroups() {
        Set<String> managed =
                new HashSet<>(Set.of(StaffGroups.INTAKE, StaffGroups.CORPORATE, StaffGroups.ADMINISTRATORS));
        for (ServiceRef service : charter.serviceRefs()) {
            managed.add(StaffGroups.officers(service.code()));
            managed.add(StaffGroups.managers(service.code()));
        }
        return managed;
    }

    private void keepOnly(String username, Set<String> wanted) {
        Set<String> managed = managedGroups();
        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            current.add(group.getId());
            if (managed.contains(group.getId()) && !wanted.contains(group.getId())) {
                identity.deleteMembership(username, group.getId());
            }
        }
        for (String group : wanted) {
            if (!current.contains(group)) {
                if (identity.createGroupQuery().groupId(group).count() == 0) {
                    throw InvalidInputException.of("groups", "There is no team " + group + " to put them in");
                }
                identity.createMembership(username, group);
            }
        }
    }

    private Person person(User user, boolean disabled) {
        Set<String> officerOf = new HashSet<>();
        Set<String> managerOf = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(user.getId()).list()) {
            groups.add(group.getId());
            StaffGroups.serviceOfOfficers(group.getId()).ifPresent(officerOf::add);
            StaffGroups.serviceOfManagers(group.getId()).ifPresent(managerOf::add);
        }
        return new Person(
                user.getId(),
                user.getFirstName(),
                user.getLastName(),
                user.getEmail(),
                officerOf,
                managerOf,
                groups.contains(StaffGroups.INTAKE),
                groups.contains(StaffGroups.CORPORATE),
                groups.contains(StaffGroups.ADMINISTRATORS),
                disabled);
    }

    private static String describe(Person p) {
        return "%s <%s>, officer of %s, manager of %s%s%s%s"
                .formatted(
                        p.name(),
                        p.email(),
                        p.officerOf().isEmpty()
                                ? "none"
                                : String.join(
                                        " ", p.officerOf().stream().sorted().toList()),
                        p.managerOf().isEmpty()
                                ? "none"
                                : String.join(
                                        " ", p.managerOf().stream().sorted().toList()),
                        p.customerServices() ? ", customer services" : "",
                        p.corporateLead() ? ", corporate lead" : "",
                        p.administrator() ? ", administrator" : "");
    }

    static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new AccessDeniedException("Only administrators manage staff");
        }
    }
}
