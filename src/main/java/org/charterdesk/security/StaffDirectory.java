package org.charterdesk.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Reads staff and their groups from the engine's identity store. */
@Service
public class StaffDirectory {

    private final IdentityService identity;

    public StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<StaffMember> find(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<Group> groups = identity.createGroupQuery().groupMember(username).list();
        Set<String> officerOf = new HashSet<>();
        Set<String> managerOf = new HashSet<>();
        boolean intake = false;
        boolean administrator = false;
        boolean corporate = false;
        for (Group group : groups) {
            String id = group.getId();
            StaffGroups.serviceOfOfficers(id).ifPresent(officerOf::add);
            StaffGroups.serviceOfManagers(id).ifPresent(managerOf::add);
            intake |= StaffGroups.INTAKE.equals(id);
            administrator |= StaffGroups.ADMINISTRATORS.equals(id);
            corporate |= StaffGroups.CORPORATE.equals(id);
        }
        return Optional.of(new StaffMember(
                user.getId(),
                displayName(user),
                user.getEmail(),
                officerOf,
                managerOf,
                intake,
                administrator,
                corporate));
    }

    /** The name to show for a username, or the username itself when there is no such user. */
    public String displayName(String username) {
        if (username == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        return user == null ? username : displayName(user);
    }

    /** The name to show for who did something: a member of staff, the customer, or Charterdesk itself. */
    public String actorName(String actor) {
        if (actor == null) {
            return "";
        }
        return switch (actor) {
            case Actors.CUSTOMER -> "The customer";
            case Actors.SYSTEM -> "Charterdesk";
            default -> displayName(actor);
        };
    }

    /** The usernames of the members of a group. */
    public List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getId)
                .toList();
    }

    /** The usernames of a service's officers and managers. */
    public List<String> staffOf(String serviceCode) {
        return Stream.concat(
                        members(StaffGroups.officers(serviceCode)).stream(),
                        members(StaffGroups.managers(serviceCode)).stream())
                .distinct()
                .toList();
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
