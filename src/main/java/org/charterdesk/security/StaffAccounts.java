package org.charterdesk.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which staff accounts an administrator has disabled. A disabled member of staff cannot sign in, with a password or
 * through the council's provider; their name stays on the cases they worked on.
 */
@Service
public class StaffAccounts {

    static final String DISABLED = "This account is disabled. Ask an administrator if you need it again.";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isDisabled(String username) {
        return jdbc.queryForObject(
                        "select count(*) from staff_account where username = ? and disabled_at is not null",
                        Integer.class,
                        username)
                > 0;
    }

    @Transactional(readOnly = true)
    public Set<String> disabled() {
        return jdbc
                .queryForList("select username from staff_account where disabled_at is not null", String.class)
                .stream()
                .collect(Collectors.toSet());
    }

    @Transactional
    public void disable(String username, String by) {
        jdbc.update("delete from staff_account where username = ?", username);
        jdbc.update(
                "insert into staff_account (username, disabled_at, disabled_by) values (?, ?, ?)",
                username,
                clock.instant().atOffset(ZoneOffset.UTC),
                by);
    }

    @Transactional
    public void enable(String username) {
        jdbc.update("delete from staff_account where username = ?", username);
    }

    /** Refuses the sign-in of a disabled account. */
    void checkEnabled(String username) {
        if (isDisabled(username)) {
            throw new DisabledException(DISABLED);
        }
    }
}
