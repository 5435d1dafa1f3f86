package org.charterdesk.administration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.SingleSignOn;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password resets without a password on screen: an administrator sends the member of staff a one-time link by
 * email, and they choose their own new password behind it. Only the link's SHA-256 is kept; it works once, for a day.
 */
@Service
public class PasswordResets {

    static final Duration LINK_LASTS = Duration.ofDays(1);
    static final int SHORTEST = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final Outbox outbox;
    private final MailProperties mail;
    private final SingleSignOn singleSignOn;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResets(
            JdbcTemplate jdbc,
            IdentityService identity,
            Outbox outbox,
            MailProperties mail,
            SingleSignOn singleSignOn,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.outbox = outbox;
        this.mail = mail;
        this.singleSignOn = singleSignOn;
        this.audit = audit;
        this.clock = clock;
    }

    /** Emails the member of staff a link to choose a new password. */
    @Transactional
    public void send(String username, StaffMember member) {
        People.checkAdministrator(member);
        if (!singleSignOn.localAccounts()) {
            throw InvalidInputException.of(
                    "password", "Staff sign in with their council account, so there is no password to reset here");
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            throw InvalidInputException.of("password", "Give them an email address first: the link goes by email");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.update(
                "insert into password_reset (token_hash, username, expires_at) values (?, ?, ?)",
                hash(token),
                username,
                now.plus(LINK_LASTS).atOffset(ZoneOffset.UTC));
        MailContent email = MailContent.to("Hello " + user.getFirstName() + ",", "Choose a new Charterdesk password")
                .say("An administrator has reset your Charterdesk password. Use the link to choose a new one. It works"
                        + " once, within 24 hours. If you did not expect this, tell your administrator.")
                .fact("Username", username)
                .link("Choose a new password", mail.link("/set-password/" + token))
                .build();
        outbox.toStaffMember(
                null, NotificationType.PASSWORD_RESET, username, null, "Password reset link for " + username, email);
        audit.recordChange(member.username(), null, "Sent a password reset link to " + username);
    }

    /** The username a link is for, while it still works. */
    @Transactional(readOnly = true)
    public Optional<String> whoseLink(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        List<String> usernames = jdbc.queryForList(
                "select username from password_reset where token_hash = ? and used_at is null and expires_at > ?",
                String.class,
                hash(token),
                clock.instant().atOffset(ZoneOffset.UTC));
        return usernames.stream().findFirst();
    }

    /** Sets the new password behind a link, which then stops working (with any other link for the same person). */
    @Transactional
    public void choose(String token, String password, String again) {
        String username = whoseLink(token)
                .orElseThrow(() -> InvalidInputException.of(
                        "password", "This link has expired or been used. Ask an administrator for a new one."));
        if (password == null || password.length() < SHORTEST) {
            throw InvalidInputException.of("password", "Choose a password of at least " + SHORTEST + " characters");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw InvalidInputException.of("password", "Your password must not contain your username");
        }
        if (!password.equals(again)) {
            throw new InvalidInputException(Map.of("again", "The two passwords are not the same"));
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        jdbc.update(
                "update password_reset set used_at = ? where username = ? and used_at is null",
                clock.instant().atOffset(ZoneOffset.UTC),
                username);
        audit.recordChange(username, null, "Chose a new password with a reset link");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
