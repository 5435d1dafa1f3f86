package org.charterdesk.complaints;

import java.time.Clock;
import java.util.List;
import org.charterdesk.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of every case: every change is written here in the transaction that made it. */
@Service
public class CaseTimeline {

    private final CaseEventRepository events;
    private final Clock clock;
    private final AuditLog audit;

    public CaseTimeline(CaseEventRepository events, Clock clock, AuditLog audit) {
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Records a change on the case's timeline, and in the audit log (what kind of change, not its words). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEvent record(CaseFile caseFile, String actor, EventType type, String description) {
        caseFile.touch(clock.instant());
        audit.recordChange(actor, caseFile.getReference(), type.displayName());
        return events.save(new CaseEvent(caseFile.getId(), clock.instant(), actor, type, description));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(CaseFile caseFile) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseFile.getId());
    }
}
