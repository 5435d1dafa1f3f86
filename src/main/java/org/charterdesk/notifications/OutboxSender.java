package org.charterdesk.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.charterdesk.cluster.DatabaseKind;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
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
    private final OutboxMetrics metrics;
    private final ExecutorService connections;

    OutboxSender(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mailSender,
            StaffDirectory directory,
            MailProperties properties,
            Clock clock,
            OutboxMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.skipLocked = DatabaseKind.isPostgres(dataSource);
        MailStreams.nameTheProvider();
        CustomizableThreadFactory threads = new CustomizableThreadFactory("outbox-smtp-");
        threads.setDaemon(true);
        this.connections = Executors.newFixedThreadPool(properties.connections(), threads);
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
        int unaddressed = withoutAddress;
        while (recordWhatWasSentMeanwhile()) {
            String token = UUID.randomUUID().toString();
            List<Long> batch = claim(token);
            int before = withoutAddress;
            int delivered = deliver(sender, batch, token);
            sent += delivered;
            failed += batch.size() - delivered - (withoutAddress - before);
            if (batch.size() < properties.batchSize()) {
                if (withoutAddress > unaddressed) {
                    LOG.warn(
                            "{} notifications have no email address to go to: marked failed, for an administrator to"
                                    + " see in the outbox",
                            withoutAddress - unaddressed);
                }
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
        return sent;
    }

    private volatile String lastError;
    /** How many notifications had no address, since the node started (the sending thread alone counts them). */
    private volatile int withoutAddress;

    private final Queue<SentMessage> sentButNotRecorded = new ConcurrentLinkedQueue<>();

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

    /**
     * Sends a leased batch over up to {@code charterdesk.mail.connections} SMTP connections at once, recording each
     * message as sent the moment the server has taken it; returns how many were sent. The time a message takes is
     * mostly waiting for the server's replies, so connections side by side send more in the same time.
     */
    private int deliver(JavaMailSender sender, List<Long> batch, String token) {
        List<List<Outgoing>> lanes = lanes(prepare(sender, batch, token));
        if (lanes.size() <= 1) {
            return lanes.isEmpty() ? 0 : sendOver(sender, lanes.get(0), token);
        }
        List<Future<Integer>> sending = lanes.stream()
                .map(lane -> connections.submit(() -> sendOver(sender, lane, token)))
                .toList();
        int sent = 0;
        for (Future<Integer> lane : sending) {
            sent += sentOn(lane);
        }
        return sent;
    }

    /**
     * Shares the messages between the connections. Each address is always on the same one, in the order the
     * messages were written, so that nobody's emails overtake each other.
     */
    private List<List<Outgoing>> lanes(List<Outgoing> messages) {
        int count = Math.min(properties.connections(), messages.size());
        List<List<Outgoing>> lanes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lanes.add(new ArrayList<>());
        }
        for (Outgoing message : messages) {
            lanes.get(Math.floorMod(message.to().hashCode(), count)).add(message);
        }
        lanes.removeIf(List::isEmpty);
        return lanes;
    }

    private static int sentOn(Future<Integer> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            // The lane goes on and records what it sends; only this round's count is short.
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending the outbox failed", e.getCause());
        }
    }

    /** Sends messages over one SMTP connection, one at a time; returns how many were sent. */
    private int sendOver(JavaMailSender sender, List<Outgoing> messages, String token) {
        int sent = 0;
        List<Outgoing> waiting = new ArrayList<>(messages);
        try (SmtpConnection smtp = SmtpConnection.open(sender)) {
            while (!waiting.isEmpty()) {
                Outgoing next = waiting.remove(0);
                try {
                    smtp.send(next.message());
                } catch (MessagingException | RuntimeException e) {
                    failed(next.id(), token, e);
                    continue;
                }
                sent++;
                metrics.sent();
                if (!markSent(next.id(), token)) {
                    // The database is away: send no more until it is back. The rest keep their lease, unsent.
                    break;
                }
            }
        } catch (MessagingException | RuntimeException e) {
            waiting.forEach(message -> failed(message.id(), token, e));
        }
        return sent;
    }

    /** A message ready to send, with its notification and the first address it goes to. */
    private record Outgoing(Long id, MimeMessage message, String to) {}

    /** Lets the messages being sent finish when the node stops. */
    @PreDestroy
    void stop() {
        connections.shutdown();
    }

    private void failed(Long id, String token, Exception e) {
        LOG.debug("Notification {} not sent", id, e);
        metrics.failedTry();
        lastError = LogSafe.withoutAddresses(e.getMessage());
        record(id, token, e.getMessage(), false);
    }

    /** The messages of a leased batch; a notification with no address, or that cannot be written, is recorded. */
    private List<Outgoing> prepare(JavaMailSender sender, List<Long> batch, String token) {
        List<Outgoing> messages = new ArrayList<>();
        // In the order they were written (the database returns them in any order), for the lanes to keep.
        List<Notification> leased = new ArrayList<>(notifications.findAllById(batch));
        leased.sort(Comparator.comparing(Notification::getId));
        for (Notification n : leased) {
            Long id = n.getId();
            List<String> to = recipients(n);
            if (to.isEmpty()) {
                withoutAddress++;
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
                messages.add(new Outgoing(id, message(sender, n, to), to.get(0)));
            } catch (MessagingException | RuntimeException e) {
                lastError = LogSafe.withoutAddresses(e.getMessage());
                record(id, token, e.getMessage(), false);
            }
        }
        return messages;
    }

    /**
     * Records a message as sent. If the database cannot be reached just then, the message is not sent again: it is
     * remembered here and recorded as soon as the database is back, before anything else is sent.
     */
    private boolean markSent(Long id, String token) {
        Instant at = clock.instant();
        try {
            recordSent(id, token, at);
            return true;
        } catch (RuntimeException e) {
            LOG.warn(
                    "Notification {} was sent but could not be recorded yet ({}); recording it when the database "
                            + "is back",
                    id,
                    e.getMessage());
            sentButNotRecorded.add(new SentMessage(id, token, at));
            return false;
        }
    }

    /**
     * Records what was sent while the database was away, before anything more is claimed (its lease may have run
     * out meanwhile); false (send nothing yet) if the database is still away.
     */
    private boolean recordWhatWasSentMeanwhile() {
        for (SentMessage sent = sentButNotRecorded.peek(); sent != null; sent = sentButNotRecorded.peek()) {
            try {
                recordSent(sent.id(), sent.token(), sent.at());
            } catch (RuntimeException e) {
                return false;
            }
            sentButNotRecorded.remove();
        }
        return true;
    }

    private void recordSent(Long id, String token, Instant at) {
        MapSqlParameterSource values =
                new MapSqlParameterSource(Map.of("at", at.atOffset(ZoneOffset.UTC), "id", id, "token", token));
        transaction.executeWithoutResult(status -> jdbc.update(SENT, values));
    }

    private static final String SENT = """
            update notification set status = 'SENT', sent_at = :at, lease_until = null, claim_token = null,
                   last_error = null
             where id = :id and claim_token = :token""";

    /** A message the SMTP server took, with the lease it was sent under. */
    private record SentMessage(Long id, String token, Instant at) {}

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
}
