package org.charterdesk.complaints.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter's clock while a case waits for the customer. Where the charter stops it, the stage's response
 * deadline moves on by the working days waited (to the answer, or to the date it was due if none came) and the
 * at-risk and overdue warnings hold off meanwhile; where it keeps running, nothing moves.
 */
@Service
public class WaitingClock {

    private final InformationRequests requests;
    private final InformationRequestRepository repository;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;

    WaitingClock(
            InformationRequests requests,
            InformationRequestRepository repository,
            Deadlines deadlines,
            CaseTimeline timeline) {
        this.requests = requests;
        this.repository = repository;
        this.deadlines = deadlines;
        this.timeline = timeline;
    }

    /** Work on the stage carries on after waiting: the clock starts again, its deadline moved if it stopped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restart(String reference, Stage stage) {
        CaseFile c = requests.load(reference);
        InformationRequest request = requests.resumable(c);
        LocalDate today = deadlines.today();
        LocalDate until = today.isBefore(request.getAnswerDueOn()) ? today : request.getAnswerDueOn();
        int waited = Math.max(0, deadlines.workingDaysBetween(request.getAskedOn(), until));
        DeadlineKind kind = DeadlineKind.responseOf(stage);
        Optional<CaseDeadline> deadline = deadlines.pause(c, kind, request.isClockStops() ? waited : 0);
        request.resumed(today, waited);
        c.carryOnAfterWaiting();
        String due = deadline.map(d -> PlainDates.format(d.getDueOn())).orElse("unchanged");
        timeline.record(
                c,
                CaseEvent.SYSTEM,
                EventType.CLOCK_RESTARTED,
                request.isClockStops()
                        ? ("The clock stopped for %d working day%s while we waited for the customer:"
                                        + " the %s is now due by %s")
                                .formatted(
                                        waited,
                                        waited == 1 ? "" : "s",
                                        kind.displayName().toLowerCase(),
                                        due)
                        : "Work carries on; the clock kept running while we waited: the %s is due by %s"
                                .formatted(kind.displayName().toLowerCase(), due));
    }

    /** Whether the case waits for the customer with its clock stopped: its warnings hold off meanwhile. */
    @Transactional(readOnly = true)
    public boolean stoppedFor(CaseFile c) {
        return requests.latestOf(c).filter(r -> r.isOpen() && r.isClockStops()).isPresent();
    }

    /**
     * The working days each case of the services waited for its customer at the stage, stopped clock or not, for
     * the cases whose decision at that stage was sent from {@code start} (included) to {@code end}; by case id.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> daysWaited(Stage stage, Collection<String> services, Instant start, Instant end) {
        Map<Long, Integer> waited = new HashMap<>();
        for (Object[] row : repository.daysWaitedByCase(stage, services, start, end)) {
            waited.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return waited;
    }
}
