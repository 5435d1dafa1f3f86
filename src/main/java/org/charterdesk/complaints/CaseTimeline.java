package org.charterdesk.complaints;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of every case: every change is written here in the transaction that made it. */
@Service
public class CaseTimeline {

    private final CaseEventRepository events;
    private final Clock clock;

    public CaseTimeline(CaseEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CaseEvent record(CaseFile caseFile, String actor, EventType type, String description) {
        caseFile.touch(clock.instant());
        return events.save(new CaseEvent(caseFile.getId(), clock.instant(), actor, type, description));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(CaseFile caseFile) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseFile.getId());
    }
}
