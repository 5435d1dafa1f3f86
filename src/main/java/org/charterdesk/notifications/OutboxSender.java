package org.charterdesk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the outbox. Each round takes a batch of due notifications by leasing them in their own committed
 * transaction ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so several nodes never take the same one), sends
 * each, and records the result against its lease. A failure waits longer each time (doubling, up to a limit) and,
 * after the last attempt, the notification is marked failed for an administrator: nothing is dropped. A node that
 * dies mid-send loses its lease, and another node sends that notification later.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final StaffDirectory directory;
    private final MailProperties properties;
    private final Clock clock;
    private final boolean skipLocked;

    OutboxSender(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mailSender,
            StaffDirectory directory,
            MailProperties properties,
            Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.skipLocked = isPostgres(dataSource);
    }

    /** Whether there is an SMTP server to send to; without one, notifications wait in the outbox. */
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends every notification that is due now; returns how many were sent. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        int failed = 0;
        while (true) {
            String token = UUID.randomUUID().toString();
            List<Long> batch = claim(token);
            int delivered = deliver(sender, batch, token);
            sent += delivered;
            failed += batch.size() - delivered;
            if (batch.size() < properties.batchSize()) {
                if (failed > 0) {
                    LOG.warn(
                            "{} notifications not sent this round ({} sent); each is tried again later. Last error: {}",
                            failed,
                            sent,
                            lastError);
                }
                return sent;
            }
        }
    }

    private volatile String lastError;

    private List<Long> claim(String token) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("now", now.atOffset(ZoneOffset.UTC))
                    .addValue("limit", properties.batchSize());
            List<Long> ids = jdbc.queryForList("""
                    select id from notification
                     where (status = 'PENDING' and next_attempt_at <= :now)
                        or (status = 'SENDING' and lease_until < :now)
                     order by id
                     limit :limit
                     for update""" + (skipLocked ? " skip locked" : ""), params, Long.class);
            if (!ids.isEmpty()) {
                jdbc.update(
                        """
                        update notification
                           set status = 'SENDING', lease_until = :lease, claim_token = :token, attempts = attempts + 1
                         where id in (:ids)""",
                        new MapSqlParameterSource(Map.of(
                                "lease",
                                now.plus(properties.lease()).atOffset(ZoneOffset.UTC),
                                "token",
                                token,
                                "ids",
                                ids)));
            }
            return ids;
        });
    }

    /** Sends a leased batch over one SMTP connection; returns how many were sent. */
    private int deliver(JavaMailSender sender, List<Long> batch, String token) {
        Map<MimeMessage, Long> messages = prepare(sender, batch, token);
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = send(sender, messages);
        List<Long> sent = new ArrayList<>();
        for (Map.Entry<MimeMessage, Long> entry : messages.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            Long id = entry.getValue();
            if (failure == null) {
                sent.add(id);
            } else {
                LOG.debug("Notification {} not sent", id, failure);
                lastError = failure.getMessage();
                record(id, token, failure.getMessage(), false);
            }
        }
        if (!sent.isEmpty()) {
            markSent(sent, token);
        }
        return sent.size();
    }

    /** The messages of a leased batch; a notification with no address, or that cannot be written, is recorded. */
    private Map<MimeMessage, Long> prepare(JavaMailSender sender, List<Long> batch, String token) {
        Map<MimeMessage, Long> messages = new LinkedHashMap<>();
        for (Notification n : notifications.findAllById(batch)) {
            Long id = n.getId();
            List<String> to = recipients(n);
            if (to.isEmpty()) {
                record(
                        id,
                        token,
                        "There is no email address for "
                                + n.getAudience().name().toLowerCase().replace('_', ' ')
                                + (n.getRecipient() == null ? "" : " " + n.getRecipient()),
                        true);
                continue;
            }
            try {
                messages.put(message(sender, n, to), id);
            } catch (MessagingException | RuntimeException e) {
                lastError = e.getMessage();
                record(id, token, e.getMessage(), false);
            }
        }
        return messages;
    }

    /** Sends the messages; returns the ones that failed, with why. */
    private static Map<Object, Exception> send(JavaMailSender sender, Map<MimeMessage, Long> messages) {
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            return e.getFailedMessages().isEmpty() ? everyMessage(messages, e) : e.getFailedMessages();
        } catch (RuntimeException e) {
            return everyMessage(messages, e);
        }
    }

    private void markSent(List<Long> sent, String token) {
        transaction.executeWithoutResult(status -> jdbc.update(
                """
                update notification set status = 'SENT', sent_at = :now, lease_until = null, claim_token = null,
                       last_error = null
                 where id in (:ids) and claim_token = :token""",
                new MapSqlParameterSource(
                        Map.of("now", clock.instant().atOffset(ZoneOffset.UTC), "ids", sent, "token", token))));
    }

    private static Map<Object, Exception> everyMessage(Map<MimeMessage, Long> messages, Exception e) {
        Map<Object, Exception> all = new HashMap<>();
        messages.keySet().forEach(m -> all.put(m, e));
        return all;
    }

    private void record(Long id, String token, String error, boolean giveUp) {
        transaction.executeWithoutResult(status -> notifications
                .findById(id)
                .filter(current -> token.equals(current.getClaimToken()))
                .ifPresent(current -> current.failed(
                        error,
                        giveUp || current.getAttempts() >= properties.maxAttempts()
                                ? null
                                : clock.instant().plus(properties.retryAfter(current.getAttempts())))));
    }

    private MimeMessage message(JavaMailSender sender, Notification n, List<String> to) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to.toArray(String[]::new));
        String subject = n.getSubject() != null ? n.getSubject() : n.getSummary();
        helper.setSubject(subject);
        String text = n.getBodyText() != null ? n.getBodyText() : n.getSummary();
        String html = n.getBodyHtml() != null ? n.getBodyHtml() : "<p>" + HtmlUtils.htmlEscape(n.getSummary()) + "</p>";
        helper.setText(text, html);
        mime.setHeader("X-Charterdesk-Notification", String.valueOf(n.getId()));
        return mime;
    }

    private List<String> recipients(Notification n) {
        return switch (n.getAudience()) {
            case CUSTOMER -> n.getEmailTo() == null ? List.of() : List.of(n.getEmailTo());
            case STAFF_MEMBER ->
                directory
                        .find(n.getRecipient())
                        .map(StaffMember::email)
                        .filter(OutboxSender::present)
                        .map(List::of)
                        .orElse(List.of());
            case STAFF_GROUP ->
                directory.members(n.getRecipient()).stream()
                        .map(directory::find)
                        .flatMap(Optional::stream)
                        .map(StaffMember::email)
                        .filter(OutboxSender::present)
                        .distinct()
                        .toList();
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
