package org.charterdesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.deadlines.DeadlineAlerts;
import org.charterdesk.complaints.deadlines.OpenStepHolders;
import org.charterdesk.complaints.information.WaitingClock;
import org.springframework.stereotype.Component;

/**
 * The service tasks behind the at-risk and overdue timers, as {@code ${deadlineWarnings.…(execution, 'KIND')}}.
 * They find who holds the case's open step and hand over to {@link DeadlineAlerts}; none fires while the case waits
 * for the customer with its clock stopped (the deadline then moves on, and its timers with it). The case is read
 * once for all of that: at a large council thousands of these fall due together.
 */
@Component("deadlineWarnings")
public class DeadlineWarnings {

    private final DeadlineAlerts alerts;
    private final DeadlineDates dates;
    private final OpenStepHolders holders;
    private final WaitingClock clock;

    DeadlineWarnings(DeadlineAlerts alerts, DeadlineDates dates, OpenStepHolders holders, WaitingClock clock) {
        this.alerts = alerts;
        this.dates = dates;
        this.holders = holders;
        this.clock = clock;
    }

    public void atRisk(DelegateExecution execution, String kind) {
        CaseFile c = dates.caseOf(execution);
        if (!clock.stoppedFor(c)) {
            alerts.atRisk(c, dates.deadline(c, kind), holders.of(c));
        }
    }

    public void breached(DelegateExecution execution, String kind) {
        CaseFile c = dates.caseOf(execution);
        if (!clock.stoppedFor(c)) {
            alerts.breached(c, dates.deadline(c, kind), holders.of(c));
        }
    }
}
