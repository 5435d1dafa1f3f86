package org.charterdesk.notifications;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.charterdesk.security.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell in the workspace. Every notification the outbox writes for staff also lands here, in the same
 * transaction, so the bell and the email always agree: a team's notification gives each of its members a line.
 */
@Service
public class StaffInbox {

    /** How many lines the bell shows. */
    public static final int SHOWN = 20;

    private final InboxItemRepository items;
    private final StaffDirectory directory;
    private final MailProperties mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffInbox(
            InboxItemRepository items,
            StaffDirectory directory,
            MailProperties mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Gives each recipient of a staff notification a line in their bell, titled as the email is. */
    @Transactional(propagation = Propagation.MANDATORY)
    void deliver(Notification notification, MailContent content) {
        Set<String> usernames = new LinkedHashSet<>();
        switch (notification.getAudience()) {
            case STAFF_MEMBER -> usernames.add(notification.getRecipient());
            case STAFF_GROUP -> usernames.addAll(directory.members(notification.getRecipient()));
            case CUSTOMER -> {
                return;
            }
        }
        String link = content.link() == null ? null : pathOf(content.link().url());
        usernames.forEach(username -> items.save(new InboxItem(
                username, notification.getCaseId(), content.subject(), link, notification.getCreatedAt())));
        events.publishEvent(new InboxChanged(Set.copyOf(usernames)));
    }

    @Transactional(readOnly = true)
    public long unread(String username) {
        return items.countByUsernameAndReadAtIsNull(username);
    }

    /** The newest lines of a member's bell, newest first. */
    @Transactional(readOnly = true)
    public List<InboxEntry> latest(String username) {
        return items.findByUsernameOrderByIdDesc(username, PageRequest.of(0, SHOWN)).stream()
                .map(InboxItem::entry)
                .toList();
    }

    /** Marks one line read; a line of someone else's bell is left alone. */
    @Transactional
    public void read(Long id, String username) {
        items.findById(id).filter(item -> item.getUsername().equals(username)).ifPresent(item -> {
            item.read(clock.instant());
            events.publishEvent(new InboxChanged(Set.of(username)));
        });
    }

    @Transactional
    public void readAll(String username) {
        if (items.readAll(username, clock.instant()) > 0) {
            events.publishEvent(new InboxChanged(Set.of(username)));
        }
    }

    /** The path in the workspace that an email's link points to; links elsewhere are not kept. */
    private String pathOf(String url) {
        String base = mail.link("/");
        return url.startsWith(base) ? url.substring(base.length() - 1) : null;
    }
}
