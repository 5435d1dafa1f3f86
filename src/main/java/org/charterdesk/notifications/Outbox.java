package org.charterdesk.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications into the outbox, inside the caller's transaction, with the message already written: the
 * sender ({@link OutboxSender}) later delivers it as it was at the moment of the step that caused it.
 */
@Service
public class Outbox {

    private final NotificationRepository repository;
    private final MailTemplates templates;
    private final StaffInbox inbox;
    private final Clock clock;

    public Outbox(NotificationRepository repository, MailTemplates templates, StaffInbox inbox, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** An email to the customer at their address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toCustomerByEmail(
            Long caseId, NotificationType type, String summary, String email, MailContent content) {
        return repository.save(new Notification(caseId, type, Audience.CUSTOMER, null, null, summary, clock.instant())
                .written(templates.render(content))
                .byEmailTo(email));
    }

    /** The customer asked for post or phone: the message becomes a task for staff to contact them that way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toCustomerByHand(
            Long caseId, NotificationType type, String summary, String contactBy, MailContent content) {
        return repository.save(new Notification(caseId, type, Audience.CUSTOMER, null, null, summary, clock.instant())
                .written(templates.render(content))
                .byHand(contactBy));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toStaffMember(
            Long caseId,
            NotificationType type,
            String username,
            String deadlineKind,
            String summary,
            MailContent content) {
        return toStaff(
                new Notification(caseId, type, Audience.STAFF_MEMBER, username, deadlineKind, summary, clock.instant()),
                content);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toStaffGroup(
            Long caseId,
            NotificationType type,
            String groupId,
            String deadlineKind,
            String summary,
            MailContent content) {
        return toStaff(
                new Notification(caseId, type, Audience.STAFF_GROUP, groupId, deadlineKind, summary, clock.instant()),
                content);
    }

    /**
     * The same email to several of staff: a notification for each person and each team, the email laid out once
     * for them all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Notification> toStaff(
            Long caseId,
            NotificationType type,
            StaffRecipients recipients,
            String deadlineKind,
            String summary,
            MailContent content) {
        RenderedMail rendered = templates.render(content);
        Instant now = clock.instant();
        List<Notification> written = new ArrayList<>();
        for (String username : recipients.usernames()) {
            written.add(toStaff(
                    new Notification(caseId, type, Audience.STAFF_MEMBER, username, deadlineKind, summary, now),
                    rendered,
                    content));
        }
        for (String groupId : recipients.groupIds()) {
            written.add(toStaff(
                    new Notification(caseId, type, Audience.STAFF_GROUP, groupId, deadlineKind, summary, now),
                    rendered,
                    content));
        }
        return written;
    }

    /** A notification for staff goes by email and into the bell of everyone it is for. */
    private Notification toStaff(Notification notification, MailContent content) {
        return toStaff(notification, templates.render(content), content);
    }

    private Notification toStaff(Notification notification, RenderedMail rendered, MailContent content) {
        Notification saved = repository.save(notification.written(rendered));
        inbox.deliver(saved, content);
        return saved;
    }

    /** A notification that must exist at most once for its key (a manager's digest for a day, say). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> toStaffMemberOnce(
            String key, NotificationType type, String username, String summary, MailContent content) {
        if (repository.existsByDedupKey(key)) {
            return Optional.empty();
        }
        return Optional.of(repository.save(
                new Notification(null, type, Audience.STAFF_MEMBER, username, null, summary, clock.instant())
                        .written(templates.render(content))
                        .once(key)));
    }

    /** One notification, as screens show it. */
    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(Long id) {
        return repository.findById(id).map(OutboxEntry::of);
    }

    /** Every notification about a case, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> forCase(Long caseId) {
        return repository.findByCaseIdOrderById(caseId).stream()
                .map(OutboxEntry::of)
                .toList();
    }

    /** An administrator sends a failed notification again. */
    @Transactional
    public void retry(Long id) {
        Notification n = repository.findById(id).orElseThrow();
        if (n.getStatus() != NotificationStatus.FAILED) {
            throw new IllegalStateException("Only a failed notification can be retried; this one is "
                    + n.getStatus().displayName().toLowerCase());
        }
        n.retry(clock.instant());
    }

    /** A member of staff contacted the customer by post or phone, as the customer asked. */
    @Transactional
    public Notification contacted(Long id, String username) {
        Notification n = repository.findById(id).orElseThrow();
        if (n.getStatus() != NotificationStatus.TO_CONTACT) {
            throw new IllegalStateException("This message does not wait for staff to contact the customer");
        }
        n.contacted(username, clock.instant());
        return n;
    }
}
