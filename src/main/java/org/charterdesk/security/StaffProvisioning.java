package org.charterdesk.security;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the identity store in step with the council's provider for a member of staff who signs in through it: their
 * name and email, and exactly the Charterdesk groups their groups there stand for. Such a user has no password here,
 * so cannot sign in with one.
 */
@Service
class StaffProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(StaffProvisioning.class);

    private final IdentityService identity;
    private final StaffDirectory directory;

    StaffProvisioning(IdentityService identity, StaffDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /** The Charterdesk user, created or brought up to date. */
    StaffMember provision(ProvidedIdentity person, Set<String> groups) {
        User user = identity.createUserQuery().userId(person.username()).singleResult();
        if (user == null) {
            user = identity.newUser(person.username());
            LOG.info("First sign-in through the council's provider: created user {}", person.username());
        }
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        identity.saveUser(user);
        keepOnly(person.username(), groups);
        return directory.find(person.username()).orElseThrow();
    }

    private void keepOnly(String username, Set<String> groups) {
        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            current.add(group.getId());
            if (!groups.contains(group.getId())) {
                identity.deleteMembership(username, group.getId());
            }
        }
        for (String group : groups) {
            if (current.contains(group)) {
                continue;
            }
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                LOG.warn(
                        "charterdesk.security.single-sign-on.groups names {}, which is not a Charterdesk group", group);
                continue;
            }
            identity.createMembership(username, group);
        }
    }

    /** Who the provider says the user is. */
    record ProvidedIdentity(String username, String firstName, String lastName, String email) {}
}
