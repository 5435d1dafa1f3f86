package org.charterdesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no administrator, creates the first one from {@code CHARTERDESK_ADMIN_USER} and
 * {@code CHARTERDESK_ADMIN_PASSWORD} (which then takes precedence over the demo data's administrator). Without a
 * password it does nothing, and once the application is ready it says what to do if there is still no administrator.
 */
@Component
@Order(3)
class InitialAdministrator implements SetUpBeforeServing {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final IdentityService identity;
    private final InitialAdminProperties properties;
    private final SignInThrottle throttle;

    InitialAdministrator(IdentityService identity, InitialAdminProperties properties, SignInThrottle throttle) {
        this.identity = identity;
        this.properties = properties;
        this.throttle = throttle;
    }

    @Override
    public void setUp() {
        if (properties.reset() && properties.hasPassword()) {
            restore();
            return;
        }
        if (hasAdministrator() || !properties.hasPassword()) {
            return;
        }
        String username = properties.username();
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName("Administrator");
            user.setLastName("");
            user.setPassword(properties.password());
            identity.saveUser(user);
        }
        identity.createMembership(username, StaffGroups.ADMINISTRATORS);
        log.info("Created the administrator '{}'", username);
    }

    /** The first administrator as configured, whatever happened to the account: its way back in. */
    private void restore() {
        String username = properties.username();
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            user = identity.newUser(username);
            user.setFirstName("Administrator");
            user.setLastName("");
        }
        user.setPassword(properties.password());
        identity.saveUser(user);
        if (identity.createUserQuery()
                        .userId(username)
                        .memberOfGroup(StaffGroups.ADMINISTRATORS)
                        .count()
                == 0) {
            identity.createMembership(username, StaffGroups.ADMINISTRATORS);
        }
        identity.unlockUser(username);
        throttle.clear(username);
        log.warn(
                "Restored the administrator '{}' from CHARTERDESK_ADMIN_RESET: new password set, free to sign in. "
                        + "Remove CHARTERDESK_ADMIN_RESET before the next start.",
                username);
    }

    /** Once everything has started (the demo brings its own administrator), says what to do if there is none. */
    @EventListener(ApplicationReadyEvent.class)
    void warnIfNoAdministrator() {
        if (!hasAdministrator()) {
            log.warn("There is no administrator yet. Set CHARTERDESK_ADMIN_PASSWORD (and optionally "
                    + "CHARTERDESK_ADMIN_USER) and restart to create one.");
        }
    }

    private boolean hasAdministrator() {
        return identity.createUserQuery()
                        .memberOfGroup(StaffGroups.ADMINISTRATORS)
                        .count()
                > 0;
    }
}
