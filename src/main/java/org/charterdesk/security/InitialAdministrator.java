package org.charterdesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no administrator, creates the first one from {@code CHARTERDESK_ADMIN_USER} and
 * {@code CHARTERDESK_ADMIN_PASSWORD} (which then takes precedence over the demo data's administrator). Without a
 * password it only says what to do.
 */
@Component
@Order(3)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final IdentityService identity;
    private final String username;
    private final String password;
    private final boolean demo;

    InitialAdministrator(
            IdentityService identity,
            @Value("${charterdesk.security.initial-admin.username:admin}") String username,
            @Value("${charterdesk.security.initial-admin.password:}") String password,
            @Value("${charterdesk.demo.enabled:false}") boolean demo) {
        this.identity = identity;
        this.demo = demo;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().memberOfGroup(StaffGroups.ADMINISTRATORS).count() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            if (demo) {
                return; // the demo data brings its own administrator
            }
            log.warn("There is no administrator yet. Set CHARTERDESK_ADMIN_PASSWORD (and optionally "
                    + "CHARTERDESK_ADMIN_USER) and restart to create one.");
            return;
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName("Administrator");
            user.setLastName("");
            user.setPassword(password);
            identity.saveUser(user);
        }
        identity.createMembership(username, StaffGroups.ADMINISTRATORS);
        log.info("Created the administrator '{}'", username);
    }
}
