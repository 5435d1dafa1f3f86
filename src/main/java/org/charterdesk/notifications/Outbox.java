package org.charterdesk.notifications;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications into the outbox, inside the caller's transaction. */
@Service
public class Outbox {

    private final NotificationRepository repository;
    private final Clock clock;

    public Outbox(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toCustomer(Long caseId, NotificationType type, String summary) {
        return repository.save(new Notification(caseId, type, Audience.CUSTOMER, null, null, summary, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toStaffMember(Long caseId, NotificationType type, String username, String deadlineKind,
            String summary) {
        return repository.save(new Notification(caseId, type, Audience.STAFF_MEMBER, username, deadlineKind, summary,
                clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toStaffGroup(Long caseId, NotificationType type, String groupId, String deadlineKind,
            String summary) {
        return repository.save(new Notification(caseId, type, Audience.STAFF_GROUP, groupId, deadlineKind, summary,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notification> forCase(Long caseId) {
        return repository.findByCaseIdOrderById(caseId);
    }
}
