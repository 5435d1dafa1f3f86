package org.charterdesk.complaints;

import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationRepository;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff record that they wrote to or phoned a customer who asked not to be emailed. */
@Service
public class CustomerContacts {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final CaseTimeline timeline;

    CustomerContacts(
            CaseFileRepository cases,
            CaseAccess access,
            NotificationRepository notifications,
            Outbox outbox,
            CaseTimeline timeline) {
        this.cases = cases;
        this.access = access;
        this.notifications = notifications;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    @Transactional
    public void contacted(String reference, Long notificationId, StaffMember member) {
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        Notification n = notifications
                .findById(notificationId)
                .filter(found -> c.getId().equals(found.getCaseId()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
        try {
            outbox.contacted(n.getId(), member.username());
        } catch (IllegalStateException e) {
            throw new ProcedureConflictException(e.getMessage());
        }
        String how = "PHONE".equals(n.getContactBy()) ? "phoned the customer" : "wrote to the customer";
        timeline.record(
                c,
                member.username(),
                EventType.CUSTOMER_CONTACTED,
                member.displayName() + " " + how + ": " + (n.getSubject() == null ? n.getSummary() : n.getSubject()));
    }
}
