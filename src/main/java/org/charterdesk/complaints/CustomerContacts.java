package org.charterdesk.complaints;

import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff record that they wrote to or phoned a customer who asked not to be emailed. */
@Service
public class CustomerContacts {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final Outbox outbox;
    private final CaseTimeline timeline;

    CustomerContacts(CaseFileRepository cases, CaseAccess access, Outbox outbox, CaseTimeline timeline) {
        this.cases = cases;
        this.access = access;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    @Transactional
    public void contacted(String reference, Long notificationId, StaffMember member) {
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        OutboxEntry n = outbox.find(notificationId)
                .filter(found -> c.getId().equals(found.caseId()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
        try {
            outbox.contacted(n.id(), member.username());
        } catch (IllegalStateException e) {
            throw new ProcedureConflictException(e.getMessage());
        }
        String how = "PHONE".equals(n.contactBy()) ? "phoned the customer" : "wrote to the customer";
        timeline.record(
                c,
                member.username(),
                EventType.CUSTOMER_CONTACTED,
                member.displayName() + " " + how + ": " + n.heading());
    }
}
